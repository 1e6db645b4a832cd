import TestSupport
import DiscordModels
import Testing
@testable import BotKit
import CivilTime

@Suite struct RateLimitTests {
    let key = RateLimitKey(userID: 1, scope: .button, identifier: "run:participation")

    @Test func refusesTheUseBeyondTheMaximumUntilTheOldestLeavesTheWindow() {
        var limiter = SlidingWindowLimiter()
        let preset = RateLimit.participation.preset  // 3 per 10 s
        #expect(limiter.attempt(key, preset: preset, now: .seconds(0)) == .allowed)
        #expect(limiter.attempt(key, preset: preset, now: .seconds(2)) == .allowed)
        #expect(limiter.attempt(key, preset: preset, now: .seconds(4)) == .allowed)
        #expect(limiter.attempt(key, preset: preset, now: .milliseconds(5500)) == .refused(retryAfter: .milliseconds(4500)))
        #expect(limiter.attempt(key, preset: preset, now: .seconds(10)) == .allowed)
        #expect(limiter.attempt(key, preset: preset, now: .seconds(11)) == .refused(retryAfter: .seconds(1)))
    }

    @Test func bucketsArePerUserAndIdentifier() {
        var limiter = SlidingWindowLimiter()
        let preset = RateLimitPreset.buttonKeyPopped
        #expect(limiter.attempt(key, preset: preset, now: .zero) == .allowed)
        #expect(limiter.attempt(key, preset: preset, now: .zero) != .allowed)
        let otherUser = RateLimitKey(userID: 2, scope: .button, identifier: key.identifier)
        let otherScope = RateLimitKey(userID: 1, scope: .command, identifier: key.identifier)
        #expect(limiter.attempt(otherUser, preset: preset, now: .zero) == .allowed)
        #expect(limiter.attempt(otherScope, preset: preset, now: .zero) == .allowed)
    }

    @Test func refusalMessageRoundsTheWaitUp() {
        let preset = RateLimitPreset.buttonDefault
        let text = RateLimitDecision.refused(retryAfter: .milliseconds(1200)).message(for: preset)
        #expect(text == "\(preset.message)\n*Please wait 2 seconds before trying again.*")
        #expect(RateLimitDecision.refused(retryAfter: .milliseconds(300)).message(for: preset)?.hasSuffix("1 second before trying again.*") == true)
        #expect(RateLimitDecision.allowed.message(for: preset) == nil)
    }

    @Test func sweepDropsIdleBuckets() {
        var limiter = SlidingWindowLimiter()
        _ = limiter.attempt(key, preset: .buttonDefault, now: .zero)
        limiter.sweep(now: .seconds(299))
        #expect(limiter.bucketCount == 1)
        limiter.sweep(now: .seconds(300))
        #expect(limiter.bucketCount == 0)
    }

    @Test func actorLimiterReadsTheInjectedClock() async {
        let clock = ManualBotClock()
        let limiter = InteractionRateLimiter(clock: clock)
        #expect(await limiter.attempt(key, preset: .buttonKeyPopped) == .allowed)
        #expect(await limiter.attempt(key, preset: .buttonKeyPopped) == .refused(retryAfter: .seconds(20)))
        clock.advance(by: .seconds(20))
        #expect(await limiter.attempt(key, preset: .buttonKeyPopped) == .allowed)
    }
}
