import KubeModel
import Testing
import YAML

/// Checks a manifest already in model order (unknown keys last) comes back identical.
func expectIdentity<T: KubeResource>(_ value: KY, as type: T.Type, sourceLocation: SourceLocation = #_sourceLocation) -> T? {
  let result = kindsRoundTrip(value, as: type)
  #expect(result.context.diagnostics.isEmpty, "\(result.context.diagnostics)", sourceLocation: sourceLocation)
  #expect(result.object != nil, sourceLocation: sourceLocation)
  #expect(result.output.map(render) == kindsRender(result.input), sourceLocation: sourceLocation)
  return result.object
}

@Suite struct KindsCoreTests {
  @Test func secret() throws {
    let manifest: KY = [
      "apiVersion": "v1", "kind": "Secret",
      "metadata": ["name": "s3-creds", "namespace": "spark", "x-meta": "kept"],
      "immutable": true,
      "data": ["a": "YWJj", "b": "ZGVm"],
      "stringData": ["token": .quoted("0755")],
      "type": "Opaque",
      "zzz": ["nested": ["deep": [1, 2]]],
    ]
    let secret = try #require(expectIdentity(manifest, as: Secret.self))
    #expect(secret.name == "s3-creds" && secret.namespace == "spark")
    #expect(secret.immutable == true)
    #expect(secret.data?["a"] == "YWJj")
    #expect(secret.stringData?["token"] == "0755")
    #expect(secret.type == "Opaque")
    #expect(secret.unknown.keys == ["zzz"])
    #expect(secret.header.metadata?.unknown.keys == ["x-meta"])
  }

  @Test func secretKeysComeOutInModelOrderWithSortedData() throws {
    let manifest: KY = [
      "type": "Opaque", "extra": 1, "data": ["z": "MQ==", "a": "Mg=="], "kind": "Secret",
      "metadata": ["name": "x"], "apiVersion": "v1", "later": ["k": "v"],
    ]
    let (secret, _, context) = kindsDecode(manifest, as: Secret.self)
    #expect(context.diagnostics.isEmpty)
    let out = try #require(secret).encode()
    #expect(keys(out) == ["apiVersion", "kind", "metadata", "data", "type", "extra", "later"])
    #expect(keys(out, "data") == ["a", "z"])
  }

  @Test func configMapAndServiceAccount() throws {
    let configMap: KY = [
      "apiVersion": "v1", "kind": "ConfigMap", "metadata": ["name": "conf"],
      "immutable": false, "data": ["spark-defaults.conf": "spark.executor.cores 4"],
      "binaryData": ["blob": "AAEC"], "extra": "x",
    ]
    let cm = try #require(expectIdentity(configMap, as: ConfigMap.self))
    #expect(cm.immutable == false && cm.binaryData?["blob"] == "AAEC")
    #expect(cm.data?["spark-defaults.conf"] == "spark.executor.cores 4")

    let account: KY = [
      "apiVersion": "v1", "kind": "ServiceAccount", "metadata": ["name": "spark"],
      "secrets": [], "imagePullSecrets": [["name": "regcred"]],
      "automountServiceAccountToken": false,
    ]
    let sa = try #require(expectIdentity(account, as: ServiceAccount.self))
    #expect(sa.secrets == [])  // `secrets: []` survives, distinct from missing
    #expect(sa.imagePullSecrets?.count == 1 && sa.automountServiceAccountToken == false)
  }

  @Test func namespaceKeepsSpecAndStatus() throws {
    let manifest: KY = [
      "apiVersion": "v1", "kind": "Namespace", "metadata": ["name": "spark"],
      "spec": ["finalizers": ["kubernetes"]], "status": ["phase": "Active"], "other": 1,
    ]
    let ns = try #require(expectIdentity(manifest, as: Namespace.self))
    #expect(ns.spec?["finalizers"]?.sequence?.count == 1)
    #expect(ns.status?["phase"]?.scalar == "Active")
  }

  @Test func service() throws {
    let manifest: KY = [
      "apiVersion": "v1", "kind": "Service", "metadata": ["name": "driver-svc"],
      "spec": [
        "ports": [
          ["name": "driver-rpc", "protocol": "TCP", "port": 7078, "targetPort": 7078],
          ["name": "ui", "appProtocol": "http", "port": 4040, "targetPort": "ui", "nodePort": 30040, "x": 1],
        ],
        "selector": ["spark-role": "driver"],
        "clusterIP": "None", "clusterIPs": ["None"], "type": "ClusterIP",
        "sessionAffinity": "None", "publishNotReadyAddresses": true,
        "ipFamilies": ["IPv4"], "ipFamilyPolicy": "SingleStack", "internalTrafficPolicy": "Cluster",
        "futureField": ["a": "b"],
      ],
      "status": ["loadBalancer": [:]],
    ]
    let svc = try #require(expectIdentity(manifest, as: Service.self))
    let spec = try #require(svc.spec)
    #expect(spec.ports?.count == 2)
    #expect(spec.ports?[0].targetPort == .int(7078))
    #expect(spec.ports?[1].targetPort == .string("ui"))
    #expect(spec.ports?[1].nodePort == 30040 && spec.ports?[1].appProtocol == "http")
    #expect(spec.ports?[0].protocol == "TCP")
    #expect(spec.ports?[1].unknown.keys == ["x"])
    #expect(spec.selector?["spark-role"] == "driver")
    #expect(spec.clusterIP == "None" && spec.publishNotReadyAddresses == true)
    #expect(spec.unknown.keys == ["futureField"])
    #expect(svc.status != nil)
  }

  @Test func quotedTargetPortIsAString() throws {
    let manifest: KY = [
      "apiVersion": "v1", "kind": "Service", "metadata": ["name": "s"],
      "spec": ["ports": [["port": 80, "targetPort": .quoted("8080")]]],
    ]
    let svc = try #require(kindsDecode(manifest, as: Service.self).object)
    #expect(svc.spec?.ports?[0].targetPort == .string("8080"))
  }

  @Test func persistentVolumeClaim() throws {
    let manifest: KY = [
      "apiVersion": "v1", "kind": "PersistentVolumeClaim", "metadata": ["name": "spark-local-dir-1"],
      "spec": [
        "accessModes": ["ReadWriteOnce"],
        "selector": ["matchLabels": ["tier": "fast"]],
        "resources": ["limits": ["storage": "20Gi"], "requests": ["storage": "10Gi"], "claims?": "x"],
        "volumeName": "pv-1", "storageClassName": "standard", "volumeMode": "Filesystem",
        "dataSource": ["kind": "VolumeSnapshot", "name": "snap"],
        "dataSourceRef": ["kind": "VolumeSnapshot", "name": "snap"],
      ],
      "status": ["phase": "Bound"],
    ]
    let pvc = try #require(expectIdentity(manifest, as: PersistentVolumeClaim.self))
    #expect(pvc.spec?.accessModes == ["ReadWriteOnce"])
    #expect(pvc.spec?.resources?.requests != nil && pvc.spec?.resources?.unknown.keys == ["claims?"])
    #expect(pvc.spec?.storageClassName == "standard" && pvc.spec?.selector != nil)
    #expect(pvc.spec?.dataSourceRef?["name"]?.scalar == "snap")
  }

  @Test func resourceQuotaAndLimitRange() throws {
    let quota: KY = [
      "apiVersion": "v1", "kind": "ResourceQuota", "metadata": ["name": "spark-quota"],
      "spec": [
        "hard": ["limits.memory": "64Gi", "requests.cpu": "16"],
        "scopes": ["NotBestEffort"], "scopeSelector": ["matchExpressions": []],
      ],
    ]
    let rq = try #require(expectIdentity(quota, as: ResourceQuota.self))
    #expect(rq.spec?.hard != nil && rq.spec?.scopes == ["NotBestEffort"] && rq.spec?.scopeSelector != nil)

    let limits: KY = [
      "apiVersion": "v1", "kind": "LimitRange", "metadata": ["name": "defaults"],
      "spec": [
        "limits": [
          [
            "type": "Container", "max": ["cpu": "4"], "min": ["cpu": "100m"],
            "default": ["memory": "1Gi"], "defaultRequest": ["memory": "512Mi"],
            "maxLimitRequestRatio": ["cpu": "2"], "note": "kept",
          ]
        ]
      ],
    ]
    let lr = try #require(expectIdentity(limits, as: LimitRange.self))
    let item = try #require(lr.spec?.limits?.first)
    #expect(item.type == "Container" && item.default != nil && item.defaultRequest != nil)
    #expect(item.unknown.keys == ["note"])
  }
}
