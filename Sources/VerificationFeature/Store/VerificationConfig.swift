/// A guild's verification settings (`guild_verification_config`): the panel's texts and images, the
/// instructions, and the requirements beyond the code check.
public struct VerificationConfig: Hashable, Sendable {
    /// The panel's custom message.
    public var panelMessage: String?
    /// The panel's image.
    public var panelImage: String?
    /// The manual method's instructions.
    public var manualInstructions: String?
    /// The manual method's image.
    public var manualImage: String?
    /// The image shown with the RealmEye code steps.
    public var realmEyeImage: String?
    /// The requirements.
    public var requirements: VerificationRequirements

    /// Settings; none by default.
    public init(panelMessage: String? = nil, panelImage: String? = nil, manualInstructions: String? = nil,
                manualImage: String? = nil, realmEyeImage: String? = nil, requirements: VerificationRequirements = .none) {
        self.panelMessage = panelMessage
        self.panelImage = panelImage
        self.manualInstructions = manualInstructions
        self.manualImage = manualImage
        self.realmEyeImage = realmEyeImage
        self.requirements = requirements
    }
}
