import KubeModel
import Testing
import YAML

/// A pod that sets every typed field, written in model order with maps sorted, so writing it
/// back must give the same tree.
enum FullPod {
  static let required = "requiredDuringSchedulingIgnoredDuringExecution"
  static let preferred = "preferredDuringSchedulingIgnoredDuringExecution"

  static let securityContext: Y = [
    "capabilities": ["add": ["NET_ADMIN"], "drop": ["ALL"]], "privileged": false,
    "seLinuxOptions": ["type": "spc_t"], "windowsOptions": ["hostProcess": false], "runAsUser": 185,
    "runAsGroup": 0, "runAsNonRoot": true, "readOnlyRootFilesystem": true,
    "allowPrivilegeEscalation": false, "procMount": "Default", "seccompProfile": ["type": "RuntimeDefault"],
    "appArmorProfile": ["type": "Unconfined"],
  ]

  static let container: Y = [
    "name": "spark-kubernetes-driver", "image": "apache/spark:4.0.0", "command": ["/opt/entrypoint.sh"],
    "args": ["driver", "--class", "Main"], "workingDir": "/opt/spark/work-dir",
    "ports": [["name": "driver-rpc-port", "hostPort": 7078, "containerPort": 7078, "protocol": "TCP", "hostIP": "0.0.0.0"]],
    "envFrom": [["prefix": "CFG_", "configMapRef": ["name": "env-cm", "optional": true]], ["secretRef": ["name": "env-secret"]]],
    "env": [
      ["name": "SPARK_USER", "value": "spark"],
      ["name": "POD_IP", "valueFrom": ["fieldRef": ["apiVersion": "v1", "fieldPath": "status.podIP"]]],
    ],
    "resources": ["limits": ["cpu": "2", "memory": "1408Mi"], "requests": ["cpu": "1", "memory": "1408Mi"], "claims": [["name": "gpu"]]],
    "resizePolicy": [["resourceName": "cpu", "restartPolicy": "NotRequired"]],
    "volumeMounts": [[
      "name": "spark-conf", "readOnly": true, "recursiveReadOnly": "IfPossible", "mountPath": "/opt/spark/conf",
      "subPath": "spark.properties", "mountPropagation": "None", "subPathExpr": "$(POD_NAME)",
    ]],
    "volumeDevices": [["name": "raw", "devicePath": "/dev/xvda"]],
    "livenessProbe": ["tcpSocket": ["port": 7078]], "readinessProbe": ["httpGet": ["path": "/", "port": 4040]],
    "startupProbe": ["exec": ["command": ["true"]]], "lifecycle": ["preStop": ["exec": ["command": ["sleep", "5"]]]],
    "terminationMessagePath": "/dev/termination-log", "terminationMessagePolicy": "FallbackToLogsOnError",
    "imagePullPolicy": "IfNotPresent", "securityContext": securityContext, "stdin": false, "stdinOnce": false, "tty": false,
  ]

  static let volumes: Y = [
    ["name": "scratch", "emptyDir": ["medium": "Memory", "sizeLimit": "1Gi"]],
    ["name": "host", "hostPath": ["path": "/data", "type": "Directory"]],
    ["name": "creds", "secret": ["secretName": "s3-creds", "items": [["key": "k", "path": "p", "mode": 256]], "defaultMode": 420, "optional": true]],
    ["name": "share", "nfs": ["server": "nfs.local", "path": "/export", "readOnly": true]],
    ["name": "data", "persistentVolumeClaim": ["claimName": "pvc-1", "readOnly": false]],
    ["name": "spark-conf", "configMap": ["name": "spark-conf-map", "items": [["key": "spark.properties", "path": "spark.properties"]], "defaultMode": 420, "optional": false]],
    ["name": "proj", "projected": ["sources": [["serviceAccountToken": ["path": "token"]]], "defaultMode": 292]],
    ["name": "eph", "ephemeral": ["volumeClaimTemplate": ["spec": ["accessModes": ["ReadWriteOnce"]]]]],
  ]

  static let podSecurityContext: Y = [
    "seLinuxOptions": ["level": "s0:c123,c456"], "windowsOptions": ["runAsUserName": "spark"], "runAsUser": 185,
    "runAsGroup": 185, "runAsNonRoot": true, "supplementalGroups": [1000, 2000], "supplementalGroupsPolicy": "Merge",
    "fsGroup": 185, "sysctls": [["name": "net.core.somaxconn", "value": "1024"]], "fsGroupChangePolicy": "OnRootMismatch",
    "seccompProfile": ["type": "RuntimeDefault"], "appArmorProfile": ["type": "RuntimeDefault"], "seLinuxChangePolicy": "MountOption",
  ]

  static let affinity: Y = [
    "nodeAffinity": [
      required: ["nodeSelectorTerms": [[
        "matchExpressions": [["key": "zone", "operator": "In", "values": ["a", "b"]]],
        "matchFields": [["key": "metadata.name", "operator": "NotIn", "values": ["node-9"]]],
      ]]],
      preferred: [["weight": 10, "preference": ["matchExpressions": [["key": "gpu", "operator": "Exists"]]]]],
    ],
    "podAffinity": [
      required: [[
        "labelSelector": ["matchLabels": ["app": "spark"]], "namespaces": ["spark"], "topologyKey": "kubernetes.io/hostname",
        "namespaceSelector": ["matchExpressions": [["key": "team", "operator": "In", "values": ["data"]]]],
        "matchLabelKeys": ["spark-app-selector"], "mismatchLabelKeys": ["tenant"],
      ]]
    ],
    "podAntiAffinity": [
      preferred: [["weight": 100, "podAffinityTerm": ["labelSelector": ["matchLabels": ["spark-role": "driver"]], "topologyKey": "topology.kubernetes.io/zone"]]]
    ],
  ]

  static let spec: Y = [
    "volumes": volumes,
    "initContainers": [["name": "log-shipper", "image": "fluent-bit:3", "restartPolicy": "Always"], ["name": "setup", "image": "busybox"]],
    "containers": [container],
    "ephemeralContainers": [["name": "debug", "image": "busybox"]],
    "restartPolicy": "Never", "terminationGracePeriodSeconds": 30, "activeDeadlineSeconds": 3600, "dnsPolicy": "ClusterFirst",
    "nodeSelector": ["disktype": "ssd", "kubernetes.io/os": "linux"],
    "serviceAccountName": "spark", "serviceAccount": "spark", "automountServiceAccountToken": false, "nodeName": "node-1",
    "hostNetwork": false, "hostPID": false, "hostIPC": false, "shareProcessNamespace": true,
    "securityContext": podSecurityContext, "imagePullSecrets": [["name": "regcred"]],
    "hostname": "driver", "subdomain": "spark-headless", "affinity": affinity, "schedulerName": "volcano",
    "tolerations": [["key": "dedicated", "operator": "Equal", "value": "spark", "effect": "NoSchedule", "tolerationSeconds": 300]],
    "hostAliases": [["ip": "10.0.0.1", "hostnames": ["metastore"]]], "priorityClassName": "high", "priority": 1000,
    "dnsConfig": ["nameservers": ["1.1.1.1"]], "readinessGates": [["conditionType": "Ready2"]], "runtimeClassName": "gvisor",
    "enableServiceLinks": false, "preemptionPolicy": "Never", "overhead": ["cpu": "250m", "memory": "120Mi"],
    "topologySpreadConstraints": [["maxSkew": 1, "topologyKey": "zone", "whenUnsatisfiable": "DoNotSchedule"]],
    "setHostnameAsFQDN": false, "os": ["name": "linux"], "hostUsers": true, "schedulingGates": [["name": "wait"]],
    "resourceClaims": [["name": "gpu", "resourceClaimName": "gpu-claim"]],
    "resources": ["limits": ["cpu": "4"], "requests": ["cpu": "2"]],
  ]

  static let pod: Y = [
    "apiVersion": "v1", "kind": "Pod",
    "metadata": ["name": "spark-driver", "namespace": "spark", "labels": ["app": "spark", "spark-role": "driver"]],
    "spec": spec, "status": ["phase": "Running"],
  ]
}

@Suite struct PodModelFullPodTests {
  @Test func decodesEveryTypedField() throws {
    let (object, _, context) = decode(FullPod.pod)
    #expect(context.diagnostics.isEmpty, "\(context.diagnostics)")
    let pod = try #require(object as? Pod)
    #expect(pod.name == "spark-driver" && pod.namespace == "spark")
    #expect(pod.header.metadata?.labels?["spark-role"] == "driver")
    let spec = try #require(pod.spec)
    #expect(spec.unknown.isEmpty && pod.unknown.isEmpty)
    #expect(spec.volumes?.map(\.sourceKind) == [
      "emptyDir", "hostPath", "secret", "nfs", "persistentVolumeClaim", "configMap", "projected", "ephemeral",
    ])
    #expect(spec.volumes?.allSatisfy(\.unknown.isEmpty) == true)
    #expect(spec.volumes?[0].emptyDir?.sizeLimit == "1Gi")
    #expect(spec.volumes?[2].secret?.items?.first?.mode == 256)
    #expect(spec.volumes?[2].secret?.optional == true)
    #expect(spec.volumes?[5].configMap?.name == "spark-conf-map")
    #expect(spec.volumes?[7].ephemeral?.volumeClaimTemplate?["spec"] != nil)
    #expect(spec.initContainers?.map(\.isSidecar) == [true, false])
    let container = try #require(spec.containers?.first)
    #expect(container.unknown.isEmpty && !container.isSidecar)
    #expect(container.args == ["driver", "--class", "Main"])
    #expect(container.ports?.first?.containerPort == 7078 && container.ports?.first?.protocol == "TCP")
    #expect(container.envFrom?[0].configMapRef?.optional == true)
    #expect(container.envFrom?[1].secretRef?.name == "env-secret")
    #expect(container.env?[1].valueFrom?.fieldRef?.fieldPath == "status.podIP")
    #expect(container.resources?.limits?["memory"] == "1408Mi")
    #expect(container.volumeMounts?.first?.subPathExpr == "$(POD_NAME)")
    #expect(container.securityContext?.capabilities?.drop == ["ALL"])
    #expect(container.securityContext?.runAsGroup == 0)
    #expect(container.stdin == false && container.tty == false)
    #expect(container.livenessProbe?["tcpSocket"]?["port"]?.scalar == "7078")
    #expect(spec.terminationGracePeriodSeconds == 30 && spec.priority == 1000)
    #expect(spec.nodeSelector?["kubernetes.io/os"] == "linux")
    #expect(spec.automountServiceAccountToken == false && spec.shareProcessNamespace == true)
    #expect(spec.securityContext?.supplementalGroups == [1000, 2000])
    #expect(spec.securityContext?.fsGroup == 185)
    #expect(spec.imagePullSecrets?.first?.name == "regcred")
    let nodeTerm = spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms?.first
    #expect(nodeTerm?.matchExpressions?.first?.operator == "In")
    #expect(nodeTerm?.matchFields?.first?.values == ["node-9"])
    #expect(spec.affinity?.nodeAffinity?.preferredDuringSchedulingIgnoredDuringExecution?.first?.weight == 10)
    let podTerm = spec.affinity?.podAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.first
    #expect(podTerm?.labelSelector?.matchLabels?["app"] == "spark")
    #expect(podTerm?.namespaceSelector?.matchExpressions?.first?.values == ["data"])
    #expect(podTerm?.mismatchLabelKeys == ["tenant"])
    let anti = spec.affinity?.podAntiAffinity?.preferredDuringSchedulingIgnoredDuringExecution?.first
    #expect(anti?.weight == 100 && anti?.podAffinityTerm?.topologyKey == "topology.kubernetes.io/zone")
    #expect(spec.tolerations?.first?.tolerationSeconds == 300 && spec.tolerations?.first?.effect == "NoSchedule")
    #expect(spec.overhead?["cpu"] == "250m")
    #expect(spec.resources?.requests?["cpu"] == "2")
    #expect(spec.hostUsers == true && spec.os?["name"]?.scalar == "linux")
    #expect(pod.status?["phase"]?.scalar == "Running")
  }

  @Test func writesEveryTypedFieldBackUnchanged() throws {
    let (object, root, context) = decode(FullPod.pod)
    #expect(!context.hasErrors)
    let pod = try #require(object as? Pod)
    #expect(render(pod.encode()) == render(root))
  }

  @Test func podTemplateReadsItsTemplate() throws {
    let tree: Y = [
      "apiVersion": "v1", "kind": "PodTemplate", "metadata": ["name": "executor"],
      "template": ["metadata": ["labels": ["spark-role": "executor"]], "spec": ["containers": [FullPod.container]]],
    ]
    let (object, root, context) = decode(tree)
    #expect(context.diagnostics.isEmpty)
    let template = try #require(object as? PodTemplate)
    #expect(template.template?.spec?.containers?.first?.image == "apache/spark:4.0.0")
    #expect(template.template?.metadata?.labels?["spark-role"] == "executor")
    #expect(render(template.encode()) == render(root))
  }
}
