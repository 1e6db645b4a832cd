/// The colours of the bot's embeds (discord.js's named colours, as the incumbent used them).
public enum EmbedColor {
    /// Success (discord.js `Green`).
    public static let success = 0x57F287
    /// Failure (discord.js `Red`).
    public static let failure = 0xED4245
    /// Information (discord.js `Blurple`).
    public static let information = 0x5865F2
    /// Configuration and warnings (discord.js `Yellow`).
    public static let notice = 0xFEE75C
}
