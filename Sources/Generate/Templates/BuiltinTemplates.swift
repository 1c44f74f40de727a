/// The pod templates shipped in `templates/`, as Swift values (STYLE §2: built-ins are values,
/// not bundle resources). `BuiltinTemplatesTests` fails when these and the files differ.
public enum BuiltinTemplates {
  /// The names users can give as a role's `template`.
  public static let names = ["driver", "executor", "executor-spot", "executor-local-ssd", "executor-gpu"]

  /// The YAML text of a shipped template, or nil for an unknown name.
  public static func text(named name: String) -> String? {
    switch name {
    case "driver": driver
    case "executor": executor
    case "executor-spot": executorSpot
    case "executor-local-ssd": executorLocalSSD
    case "executor-gpu": executorGPU
    default: nil
    }
  }

  static let driver = """
    # kubespark base template for Spark drivers: non-root, no privilege escalation, all capabilities
    # dropped. Spark adds resources, ports, env and volumes; kubespark merges the app's nodeSelector,
    # tolerations and affinity. Spark runs the container named spark-kubernetes-driver.
    ---
    apiVersion: v1
    kind: Pod
    spec:
      containers:
      - name: spark-kubernetes-driver
        securityContext:
          capabilities:
            drop:
            - ALL
          allowPrivilegeEscalation: false
      securityContext:
        runAsUser: 185
        runAsNonRoot: true
        fsGroup: 185
        seccompProfile:
          type: RuntimeDefault

    """

  static let executor = """
    # kubespark base template for Spark executors: non-root, no privilege escalation, all capabilities
    # dropped. Spark runs the container named spark-kubernetes-executor.
    ---
    apiVersion: v1
    kind: Pod
    spec:
      containers:
      - name: spark-kubernetes-executor
        securityContext:
          capabilities:
            drop:
            - ALL
          allowPrivilegeEscalation: false
      securityContext:
        runAsUser: 185
        runAsNonRoot: true
        fsGroup: 185
        seccompProfile:
          type: RuntimeDefault

    """

  static let executorSpot = """
    # kubespark template for executors on spot (preemptible) nodes: tolerates the spot taints of GKE
    # and AKS and prefers spot capacity on EKS, Karpenter, GKE and AKS. Pair it with
    # `decommission: true` so executors hand their shuffle and cache blocks over before the node goes.
    ---
    apiVersion: v1
    kind: Pod
    spec:
      containers:
      - name: spark-kubernetes-executor
        securityContext:
          capabilities:
            drop:
            - ALL
          allowPrivilegeEscalation: false
      securityContext:
        runAsUser: 185
        runAsNonRoot: true
        fsGroup: 185
        seccompProfile:
          type: RuntimeDefault
      affinity:
        nodeAffinity:
          preferredDuringSchedulingIgnoredDuringExecution:
          - weight: 100
            preference:
              matchExpressions:
              - key: karpenter.sh/capacity-type
                operator: In
                values:
                - spot
          - weight: 100
            preference:
              matchExpressions:
              - key: eks.amazonaws.com/capacityType
                operator: In
                values:
                - SPOT
          - weight: 100
            preference:
              matchExpressions:
              - key: cloud.google.com/gke-spot
                operator: In
                values:
                - "true"
          - weight: 100
            preference:
              matchExpressions:
              - key: kubernetes.azure.com/scalesetpriority
                operator: In
                values:
                - spot
      tolerations:
      - key: cloud.google.com/gke-spot
        operator: Equal
        value: "true"
        effect: NoSchedule
      - key: kubernetes.azure.com/scalesetpriority
        operator: Equal
        value: spot
        effect: NoSchedule

    """

  static let executorLocalSSD = """
    # kubespark template for executors whose shuffle and spill go to a node-local SSD: an emptyDir
    # named spark-local-dir-1 (Spark uses every mounted spark-local-dir-* volume as a local dir) with
    # a size limit, on nodes labelled kubespark.io/local-ssd=true. Label your SSD node pool so, or
    # copy this file and use your provider's label.
    ---
    apiVersion: v1
    kind: Pod
    spec:
      volumes:
      - name: spark-local-dir-1
        emptyDir:
          sizeLimit: 100Gi
      containers:
      - name: spark-kubernetes-executor
        volumeMounts:
        - name: spark-local-dir-1
          mountPath: /data/spark-local-dir-1
        securityContext:
          capabilities:
            drop:
            - ALL
          allowPrivilegeEscalation: false
      nodeSelector:
        kubespark.io/local-ssd: "true"
      securityContext:
        runAsUser: 185
        runAsNonRoot: true
        fsGroup: 185
        seccompProfile:
          type: RuntimeDefault

    """

  static let executorGPU = """
    # kubespark template for GPU executors: tolerates the nvidia.com/gpu taint GPU node pools carry.
    # Request the GPUs with the app's executor.gpu (Spark then sets the nvidia.com/gpu limit and
    # schedules tasks on them).
    ---
    apiVersion: v1
    kind: Pod
    spec:
      containers:
      - name: spark-kubernetes-executor
        securityContext:
          capabilities:
            drop:
            - ALL
          allowPrivilegeEscalation: false
      securityContext:
        runAsUser: 185
        runAsNonRoot: true
        fsGroup: 185
        seccompProfile:
          type: RuntimeDefault
      tolerations:
      - key: nvidia.com/gpu
        operator: Exists
        effect: NoSchedule

    """
}
