import KubeModel
import Testing
import YAML

@Suite struct KindsRBACNetworkingMonitoringTests {
  @Test func roleAndClusterRole() throws {
    let rule: KY = [
      "verbs": ["get", "list", "create"], "apiGroups": [""], "resources": ["pods", "services"],
      "resourceNames": ["driver"], "nonResourceURLs": [], "x-rule": true,
    ]
    let role: KY = [
      "apiVersion": "rbac.authorization.k8s.io/v1", "kind": "Role",
      "metadata": ["name": "spark-role", "namespace": "spark"], "rules": [rule],
    ]
    let r = try #require(expectIdentity(role, as: Role.self))
    #expect(r.rules?.first?.verbs == ["get", "list", "create"])
    #expect(r.rules?.first?.nonResourceURLs == [])
    #expect(r.rules?.first?.unknown.keys == ["x-rule"])

    let clusterRole: KY = [
      "apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRole", "metadata": ["name": "spark"],
      "rules": [["verbs": ["get"], "nonResourceURLs": ["/metrics"]]],
      "aggregationRule": ["clusterRoleSelectors": [["matchLabels": ["a": "b"]]]],
    ]
    let cr = try #require(expectIdentity(clusterRole, as: ClusterRole.self))
    #expect(cr.rules?.first?.nonResourceURLs == ["/metrics"] && cr.aggregationRule != nil)
  }

  @Test func bindings() throws {
    let subjects: KY = [
      ["kind": "ServiceAccount", "name": "spark", "namespace": "spark"],
      ["kind": "User", "apiGroup": "rbac.authorization.k8s.io", "name": "alice"],
    ]
    let roleRef: KY = ["apiGroup": "rbac.authorization.k8s.io", "kind": "Role", "name": "spark-role"]
    let binding: KY = [
      "apiVersion": "rbac.authorization.k8s.io/v1", "kind": "RoleBinding", "metadata": ["name": "b"],
      "subjects": subjects, "roleRef": roleRef, "extra": ["deep": ["deeper": "x"]],
    ]
    let rb = try #require(expectIdentity(binding, as: RoleBinding.self))
    #expect(rb.subjects?.map(\.kind) == ["ServiceAccount", "User"])
    #expect(rb.subjects?[0].namespace == "spark" && rb.subjects?[1].apiGroup == "rbac.authorization.k8s.io")
    #expect(rb.roleRef?.name == "spark-role" && rb.roleRef?.kind == "Role")

    let clusterBinding: KY = [
      "apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRoleBinding", "metadata": ["name": "cb"],
      "subjects": subjects, "roleRef": roleRef,
    ]
    let crb = try #require(expectIdentity(clusterBinding, as: ClusterRoleBinding.self))
    #expect(crb.subjects?.count == 2 && crb.roleRef?.apiGroup == "rbac.authorization.k8s.io")
  }

  @Test func networkPolicy() throws {
    let manifest: KY = [
      "apiVersion": "networking.k8s.io/v1", "kind": "NetworkPolicy", "metadata": ["name": "spark-np"],
      "spec": [
        "podSelector": ["matchLabels": ["spark-role": "driver"]],
        "ingress": [
          [
            "from": [
              ["podSelector": ["matchLabels": ["spark-role": "executor"]]],
              ["namespaceSelector": ["matchLabels": ["team": "data"]]],
              ["ipBlock": ["cidr": "10.0.0.0/8", "except": ["10.1.0.0/16"], "note": 1]],
            ],
            "ports": [["protocol": "TCP", "port": 7078], ["port": "blockmanager", "endPort": 7090]],
          ]
        ],
        "egress": [["to": [["ipBlock": ["cidr": "0.0.0.0/0"]]], "ports": [["port": 443]]]],
        "policyTypes": ["Ingress", "Egress"],
      ],
    ]
    let np = try #require(expectIdentity(manifest, as: NetworkPolicy.self))
    let spec = try #require(np.spec)
    #expect(spec.podSelector.map { kindsRender($0.encode()) } == "{matchLabels: {spark-role: driver}}")
    let rule = try #require(spec.ingress?.first)
    #expect(rule.from?.count == 3 && rule.from?[1].namespaceSelector != nil)
    #expect(rule.from?[2].ipBlock?.except == ["10.1.0.0/16"] && rule.from?[2].ipBlock?.unknown.keys == ["note"])
    #expect(rule.ports?[0].port == .int(7078) && rule.ports?[1].port == .string("blockmanager"))
    #expect(rule.ports?[1].endPort == 7090)
    #expect(spec.egress?.first?.to?.first?.ipBlock?.cidr == "0.0.0.0/0")
    #expect(spec.policyTypes == ["Ingress", "Egress"])
  }

  @Test func serviceMonitor() throws {
    let manifest: KY = [
      "apiVersion": "monitoring.coreos.com/v1", "kind": "ServiceMonitor", "metadata": ["name": "spark"],
      "spec": [
        "jobLabel": "app", "targetLabels": ["team"], "podTargetLabels": ["spark-role"],
        "endpoints": [
          [
            "port": "metrics", "targetPort": 8090, "path": "/metrics", "scheme": "http",
            "interval": "30s", "scrapeTimeout": "10s", "honorLabels": true,
            "relabelings": [["action": "keep"]], "metricRelabelings": [["action": "drop"]],
            "tlsConfig": ["insecureSkipVerify": true], "unknownEp": "u",
          ]
        ],
        "selector": ["matchLabels": ["app": "spark"]],
        "namespaceSelector": ["any": true, "matchNames": ["spark", "jobs"]],
        "sampleLimit": 5000,
      ],
    ]
    let sm = try #require(expectIdentity(manifest, as: ServiceMonitor.self))
    let spec = try #require(sm.spec)
    #expect(spec.jobLabel == "app" && spec.targetLabels == ["team"] && spec.sampleLimit == 5000)
    let endpoint = try #require(spec.endpoints?.first)
    #expect(endpoint.port == "metrics" && endpoint.targetPort == .int(8090) && endpoint.honorLabels == true)
    #expect(endpoint.relabelings?.count == 1 && endpoint.tlsConfig != nil && endpoint.unknown.keys == ["unknownEp"])
    #expect(spec.namespaceSelector?.any == true && spec.namespaceSelector?.matchNames == ["spark", "jobs"])
  }

  @Test func podMonitor() throws {
    let manifest: KY = [
      "apiVersion": "monitoring.coreos.com/v1", "kind": "PodMonitor", "metadata": ["name": "spark-pods"],
      "spec": [
        "jobLabel": "app", "podTargetLabels": ["spark-app-name"],
        "podMetricsEndpoints": [
          ["port": "jmx-exporter", "portNumber": 8090, "path": "/metrics", "scheme": "http", "interval": "15s"],
          ["targetPort": "metrics"],
        ],
        "selector": ["matchLabels": ["spark-role": "executor"]],
        "namespaceSelector": ["matchNames": ["spark"]],
      ],
    ]
    let pm = try #require(expectIdentity(manifest, as: PodMonitor.self))
    let endpoints = try #require(pm.spec?.podMetricsEndpoints)
    #expect(endpoints[0].port == "jmx-exporter" && endpoints[0].portNumber == 8090 && endpoints[0].interval == "15s")
    #expect(endpoints[1].targetPort == .string("metrics"))
    #expect(pm.spec?.namespaceSelector?.matchNames == ["spark"] && pm.spec?.selector != nil)
  }
}

@Suite struct KindsRegistryTests {
  static let cases: [(String, String, any KubeResource.Type)] = [
    ("v1", "Secret", Secret.self), ("v1", "ConfigMap", ConfigMap.self),
    ("v1", "ServiceAccount", ServiceAccount.self), ("v1", "Namespace", Namespace.self),
    ("v1", "Service", Service.self), ("v1", "PersistentVolumeClaim", PersistentVolumeClaim.self),
    ("v1", "ResourceQuota", ResourceQuota.self), ("v1", "LimitRange", LimitRange.self),
    ("rbac.authorization.k8s.io/v1", "Role", Role.self),
    ("rbac.authorization.k8s.io/v1", "ClusterRole", ClusterRole.self),
    ("rbac.authorization.k8s.io/v1", "RoleBinding", RoleBinding.self),
    ("rbac.authorization.k8s.io/v1", "ClusterRoleBinding", ClusterRoleBinding.self),
    ("networking.k8s.io/v1", "NetworkPolicy", NetworkPolicy.self),
    ("monitoring.coreos.com/v1", "ServiceMonitor", ServiceMonitor.self),
    ("monitoring.coreos.com/v1", "PodMonitor", PodMonitor.self),
    ("sparkoperator.k8s.io/v1beta2", "SparkApplication", SparkApplication.self),
    ("sparkoperator.k8s.io/v1beta2", "ScheduledSparkApplication", ScheduledSparkApplication.self),
  ]

  @Test func everyKindResolves() {
    for (apiVersion, kind, type) in Self.cases {
      let found = ResourceRegistry.type(apiVersion: apiVersion, kind: kind)
      #expect(found.map { ObjectIdentifier($0) } == ObjectIdentifier(type), "\(apiVersion) \(kind)")
      #expect(ResourceRegistry.types.contains { ObjectIdentifier($0) == ObjectIdentifier(type) })
    }
  }

  @Test func unknownKindOrWrongGroupIsNil() {
    #expect(ResourceRegistry.type(apiVersion: "v1", kind: "Widget") == nil)
    #expect(ResourceRegistry.type(apiVersion: "apps/v1", kind: "Secret") == nil)
    #expect(ResourceRegistry.type(apiVersion: "v1", kind: "Role") == nil)
    #expect(ResourceRegistry.type(apiVersion: "networking.k8s.io/v1", kind: "ServiceMonitor") == nil)
    #expect(ResourceRegistry.type(apiVersion: "example.com/v1", kind: "SparkApplication") == nil)
  }

  @Test func unmodelledKindDecodesAsGenericObject() {
    let manifest: KY = ["apiVersion": "example.com/v1", "kind": "Widget", "metadata": ["name": "w"], "spec": 1]
    let context = DecodeContext(file: "test.yaml")
    let object = KubeDecoder.decode(NodeBuilder.node(manifest), in: context)
    #expect(object is GenericObject)
    #expect(object.map { kindsRender($0.encode()) } == kindsRender(NodeBuilder.node(manifest)))
  }
}
