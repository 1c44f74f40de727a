/// The `spark.kubernetes.*` registry entries the pod builders read (facts §9), per release line.
extension SparkSetting {
  private static let v3_4 = SparkVersion(3, 4), v4_0 = SparkVersion(4, 0), v4_1 = SparkVersion(4, 1)
  private static let v4_2 = SparkVersion(4, 2), v4_3 = SparkVersion(4, 3)
  private static func k8s(_ suffix: String) -> String { "spark.kubernetes." + suffix }

  public static let namespace = SparkSetting(k8s("namespace"), .string, "default")
  public static let containerImage = SparkSetting(k8s("container.image"), .string)
  public static let driverContainerImage = SparkSetting(
    k8s("driver.container.image"), .string, fallback: k8s("container.image"))
  public static let executorContainerImage = SparkSetting(
    k8s("executor.container.image"), .string, fallback: k8s("container.image"))
  public static let imagePullPolicy = SparkSetting(k8s("container.image.pullPolicy"), .string, "IfNotPresent")
  public static let imagePullSecrets = SparkSetting(k8s("container.image.pullSecrets"), .string)
  public static let driverServiceAccount = SparkSetting(k8s("authenticate.driver.serviceAccountName"), .string)
  public static let executorServiceAccount = SparkSetting(
    k8s("authenticate.executor.serviceAccountName"), .string, since: SparkVersion(3, 1))
  public static let driverPodName = SparkSetting(k8s("driver.pod.name"), .string)
  public static let executorPodNamePrefix = SparkSetting(k8s("executor.podNamePrefix"), .string)
  public static let driverPodTemplateFile = SparkSetting(k8s("driver.podTemplateFile"), .string)
  public static let executorPodTemplateFile = SparkSetting(k8s("executor.podTemplateFile"), .string)
  public static let driverPodTemplateContainerName = SparkSetting(k8s("driver.podTemplateContainerName"), .string)
  public static let executorPodTemplateContainerName = SparkSetting(
    k8s("executor.podTemplateContainerName"), .string)
  public static let localDirsTmpfs = SparkSetting(k8s("local.dirs.tmpfs"), .bool, "false")
  public static let schedulerName = SparkSetting(k8s("scheduler.name"), .string, since: SparkVersion(3, 3))
  public static let driverSchedulerName = SparkSetting(
    k8s("driver.scheduler.name"), .string, since: SparkVersion(3, 3), fallback: k8s("scheduler.name"))
  public static let executorSchedulerName = SparkSetting(
    k8s("executor.scheduler.name"), .string, fallback: k8s("scheduler.name"))
  public static let executorDisableConfigMap = SparkSetting(k8s("executor.disableConfigMap"), .bool, "false")
  public static let executorDeleteOnTermination = SparkSetting(k8s("executor.deleteOnTermination"), .bool, "true")
  public static let decommissionScript = SparkSetting(k8s("decommission.script"), .string, "/opt/decom.sh")
  public static let configMapMaxSize = SparkSetting(k8s("configMap.maxSize"), .int, "1048576")
  public static let fileUploadPath = SparkSetting(k8s("file.upload.path"), .string)
  public static let hadoopConfigMapName = SparkSetting(k8s("hadoop.configMapName"), .string)
  public static let allocationBatchSize = SparkSetting(
    k8s("allocation.batch.size"), .int, "5", changes: [(v4_0, "10"), (v4_2, "20")])
  public static let allocationBatchDelay = SparkSetting(k8s("allocation.batch.delay"), .time(.milliseconds), "1s")
  public static let podsAllocator = SparkSetting(k8s("allocation.pods.allocator"), .string, "direct")
  public static let driverOwnPVC = SparkSetting(
    k8s("driver.ownPersistentVolumeClaim"), .bool, "false", changes: [(v3_4, "true")])
  public static let driverReusePVC = SparkSetting(
    k8s("driver.reusePersistentVolumeClaim"), .bool, "false", changes: [(v3_4, "true")])
  public static let legacyReadWriteOnce = SparkSetting(
    k8s("legacy.useReadWriteOnceAccessMode"), .bool, "true", changes: [(v4_0, "false")], since: v3_4)
  public static let checkAllContainers = SparkSetting(
    k8s("executor.checkAllContainers"), .bool, "false", changes: [(v4_0, "true")])
  public static let serviceIPFamilyPolicy = SparkSetting(
    k8s("driver.service.ipFamilyPolicy"), .string, "SingleStack", since: v3_4)
  public static let serviceIPFamilies = SparkSetting(k8s("driver.service.ipFamilies"), .string, "IPv4", since: v3_4)
  public static let servicePublishNotReadyAddresses = SparkSetting(
    k8s("driver.service.publishNotReadyAddresses"), .bool, "false", since: v4_3)
  public static let executorTerminationGracePeriod = SparkSetting(
    k8s("executor.terminationGracePeriodSeconds"), .time(.seconds), "30s", since: v4_1)
  public static let useDriverPodIP = SparkSetting(
    k8s("executor.useDriverPodIP"), .bool, "false", changes: [(v4_3, "true")], since: v4_1)
  public static let allowPrivilegeEscalation = SparkSetting(
    k8s("securityContext.allowPrivilegeEscalation"), .bool, "false", since: v4_3)
  public static let driverAllowPrivilegeEscalation = SparkSetting(
    k8s("driver.securityContext.allowPrivilegeEscalation"), .bool, since: v4_3,
    fallback: k8s("securityContext.allowPrivilegeEscalation"))
  public static let executorAllowPrivilegeEscalation = SparkSetting(
    k8s("executor.securityContext.allowPrivilegeEscalation"), .bool, since: v4_3,
    fallback: k8s("securityContext.allowPrivilegeEscalation"))
  public static let driverFeatureSteps = SparkSetting(k8s("driver.pod.featureSteps"), .string)
  public static let executorFeatureSteps = SparkSetting(k8s("executor.pod.featureSteps"), .string)
  public static let driverExcludedFeatureSteps = SparkSetting(
    k8s("driver.pod.excludedFeatureSteps"), .string, since: v4_1)
  public static let executorExcludedFeatureSteps = SparkSetting(
    k8s("executor.pod.excludedFeatureSteps"), .string, since: v4_1)
  public static let recoveryModeEnabled = SparkSetting(k8s("allocation.recoveryMode.enabled"), .bool, since: v4_2)
  public static let pythonVersion = SparkSetting(k8s("pyspark.pythonVersion"), .string, until: v4_0)

  /// Every setting in the table, for validation and documentation.
  public static let all: [SparkSetting] = [
    appName, master, deployMode, jars, files, pyFiles, archives,
    driverMemory, executorMemory, driverMemoryOverhead, executorMemoryOverhead,
    driverMemoryOverheadFactor, executorMemoryOverheadFactor, kubernetesMemoryOverheadFactor,
    driverMinMemoryOverhead, executorMinMemoryOverhead, offHeapEnabled, offHeapSize, pysparkMemory,
    resourceType, driverCores, executorCores, driverRequestCores, driverLimitCores,
    executorRequestCores, executorLimitCores, executorInstances, dynamicAllocationEnabled,
    dynamicAllocationMinExecutors, dynamicAllocationMaxExecutors, dynamicAllocationInitialExecutors,
    shuffleTrackingEnabled, shuffleTrackingTimeout, decommissionEnabled, driverPort,
    driverBlockManagerPort, blockManagerPort, uiPort, connectPort,
    namespace, containerImage, driverContainerImage, executorContainerImage, imagePullPolicy,
    imagePullSecrets, driverServiceAccount, executorServiceAccount, driverPodName,
    executorPodNamePrefix, driverPodTemplateFile, executorPodTemplateFile,
    driverPodTemplateContainerName, executorPodTemplateContainerName, localDirsTmpfs, schedulerName,
    driverSchedulerName, executorSchedulerName, executorDisableConfigMap, executorDeleteOnTermination,
    decommissionScript, configMapMaxSize, fileUploadPath, hadoopConfigMapName, allocationBatchSize,
    allocationBatchDelay, podsAllocator, driverOwnPVC, driverReusePVC, legacyReadWriteOnce,
    checkAllContainers, serviceIPFamilyPolicy, serviceIPFamilies, servicePublishNotReadyAddresses,
    executorTerminationGracePeriod, useDriverPodIP, allowPrivilegeEscalation,
    driverAllowPrivilegeEscalation, executorAllowPrivilegeEscalation, driverFeatureSteps,
    executorFeatureSteps, driverExcludedFeatureSteps, executorExcludedFeatureSteps,
    recoveryModeEnabled, pythonVersion,
  ]

  /// The table entry for a key, if the table has it.
  public static func named(_ key: String) -> SparkSetting? { byKey[key] }

  private static let byKey: [String: SparkSetting] = Dictionary(
    all.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
}
