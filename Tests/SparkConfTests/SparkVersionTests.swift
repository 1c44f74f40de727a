import Testing

@testable import SparkConf

@Test(arguments: ["3.5.9", "3.5.0", "3.5", "4.0", "4.0.5", "4.1.4", "4.2.1", "4.3.0", "4.3"])
func supportedVersions(_ text: String) throws {
  let version = try SparkVersion(parsing: text)
  #expect(version.description == text)
}

@Test(arguments: ["3.4.4", "3.3", "4.4.0", "5.0", "2.4.8", "4", "4.1.4.1", "v4.1", "4.x", "", "4.-1"])
func unsupportedVersions(_ text: String) {
  #expect {
    try SparkVersion(parsing: text)
  } throws: { error in
    (error as! ConfValueError).reason.contains("3.5.x, 4.0.x, 4.1.x, 4.2.x, 4.3.x")
  }
}

@Test func versionOrderingAndLatest() throws {
  #expect(SparkVersion.latest == SparkVersion(4, 3, 0))
  #expect(try SparkVersion(parsing: "3.5.9") < SparkVersion(parsing: "4.0"))
  #expect(try SparkVersion(parsing: "4.1.4").isAtLeast(4, 1))
  #expect(!(try SparkVersion(parsing: "4.0.5").isAtLeast(4, 1)))
}

@Test func versionAwareDefaults() throws {
  func value(_ setting: SparkSetting, _ v: String) throws -> String? {
    SparkConfiguration(version: try SparkVersion(parsing: v)).defaultText(setting)
  }
  #expect(try value(.useDriverPodIP, "3.5") == nil)
  #expect(try value(.useDriverPodIP, "4.1.4") == "false")
  #expect(try value(.useDriverPodIP, "4.3.0") == "true")
  #expect(try value(.allocationBatchSize, "3.5") == "5")
  #expect(try value(.allocationBatchSize, "4.0") == "10")
  #expect(try value(.allocationBatchSize, "4.2") == "20")
  #expect(try value(.driverMinMemoryOverhead, "3.5") == nil)
  #expect(try value(.driverMinMemoryOverhead, "4.0") == "384m")
  #expect(try value(.namespace, "3.5") == "default")
  #expect(try value(.imagePullPolicy, "4.3") == "IfNotPresent")
  #expect(try value(.driverAllowPrivilegeEscalation, "4.3") == "false")  // via the global key
  #expect(try value(.driverAllowPrivilegeEscalation, "4.2") == nil)
  #expect(try value(.pythonVersion, "4.1") == nil)
  #expect(try value(.legacyReadWriteOnce, "3.5") == "true")
  #expect(try value(.legacyReadWriteOnce, "4.0") == "false")
  #expect(try value(.executorInstances, "4.3") == "2")
}

@Test func fallbackKeysAndIgnoredSettings() throws {
  let conf = SparkConfiguration(version: SparkVersion(3, 5, 9), [
    "spark.kubernetes.container.image": "apache/spark:3.5.9",
    "spark.driver.minMemoryOverhead": "500m",
  ])
  #expect(conf.string(.driverContainerImage)?.value == "apache/spark:3.5.9")
  #expect(conf.string(.driverContainerImage)?.entry?.key == "spark.kubernetes.container.image")
  #expect(try conf.bytes(.driverMinMemoryOverhead) == nil)
  let warnings = conf.validate()
  #expect(warnings.count == 1)
  #expect(warnings.first?.severity == .warning)
  #expect(warnings.first?.message.contains("added in 4.0") == true)
}

@Test func settingsTableHasUniqueKeys() {
  #expect(Set(SparkSetting.all.map(\.key)).count == SparkSetting.all.count)
  for setting in SparkSetting.all {
    let conf = SparkConfiguration(version: .latest)
    #expect(conf.validate().isEmpty)
    // Every default in the table parses with the setting's own kind.
    if let text = setting.defaultValue(in: .latest) {
      let withDefault = SparkConfiguration(version: .latest, entries: [ConfEntry(key: setting.key, value: text)])
      #expect(withDefault.validate().isEmpty, "\(setting.key)")
    }
  }
}
