/// Bounds that keep hostile input from exhausting time or memory. Passed down, never global.
public struct Limits: Sendable, Hashable {
  /// Largest source accepted, in bytes.
  public var maxBytes: Int
  /// Deepest nesting of collections accepted.
  public var maxDepth: Int
  /// Most nodes that alias expansion may copy in one stream (billion-laughs guard).
  public var maxAliasExpansion: Int
  /// Most nodes in one stream, aliases included.
  public var maxNodes: Int

  /// Creates limits.
  public init(
    maxBytes: Int = 32 << 20, maxDepth: Int = 256, maxAliasExpansion: Int = 100_000,
    maxNodes: Int = 10_000_000
  ) {
    self.maxBytes = maxBytes
    self.maxDepth = maxDepth
    self.maxAliasExpansion = maxAliasExpansion
    self.maxNodes = maxNodes
  }

  /// The defaults: 32 MiB, depth 256, 100 000 alias-copied nodes, 10 million nodes.
  public static let `default` = Limits()
}
