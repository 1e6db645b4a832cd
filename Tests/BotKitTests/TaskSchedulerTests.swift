import TestSupport
import Logging
import ServiceLifecycle
import Testing
@testable import BotKit
import CivilTime

@Suite struct TaskSchedulerTests {
    /// Collects scheduler events so a test can await the next one of interest.
    final class EventLog: Sendable {
        let stream: AsyncStream<TaskSchedulerEvent>
        let continuation: AsyncStream<TaskSchedulerEvent>.Continuation

        init() { (stream, continuation) = AsyncStream.makeStream() }

        func next(_ matches: (TaskSchedulerEvent) -> Bool) async -> TaskSchedulerEvent? {
            for await event in stream where matches(event) { return event }
            return nil
        }
    }

    /// A gate a task body waits on until the test opens it.
    actor Gate {
        private var waiters: [CheckedContinuation<Void, Never>] = []
        private var open = false
        func wait() async {
            if open { return }
            await withCheckedContinuation { waiters.append($0) }
        }
        func release() {
            open = true
            waiters.forEach { $0.resume() }
            waiters = []
        }
    }

    actor Counter {
        var value = 0
        func increment() -> Int { value += 1; return value }
    }

    static func finished(_ event: TaskSchedulerEvent) -> Bool {
        if case .finished = event { return true }
        return false
    }

    func withScheduler(_ tasks: [ScheduledTask], clock: ManualBotClock, events: EventLog,
                       _ body: @Sendable (TaskScheduler) async throws -> Void) async throws {
        let scheduler = TaskScheduler(tasks: tasks, clock: clock, logger: Logger(label: "test")) {
            events.continuation.yield($0)
        }
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await scheduler.run() }
            try await body(scheduler)
            group.cancelAll()
        }
    }

    @Test func runsAtStartThenOnEachIntervalWithoutDrift() async throws {
        let clock = ManualBotClock()
        let events = EventLog()
        let task = ScheduledTask(name: "Expired Runs", interval: .seconds(300)) { TaskRunCounts(succeeded: 1) }
        try await withScheduler([task], clock: clock, events: events) { scheduler in
            _ = await events.next(Self.finished)
            #expect(await scheduler.statistics()["Expired Runs"]?.runs == 1)
            clock.advance(by: .seconds(299))
            clock.advance(by: .seconds(1))
            _ = await events.next(Self.finished)
            clock.advance(by: .seconds(300))
            _ = await events.next(Self.finished)
            let stats = try #require(await scheduler.statistics()["Expired Runs"])
            #expect(stats.runs == 3 && stats.successfulRuns == 3 && stats.itemsSucceeded == 3)
        }
    }

    @Test func aTickDuringARunIsSkippedWithAWarning() async throws {
        let clock = ManualBotClock()
        let events = EventLog()
        let gate = Gate()
        let task = ScheduledTask(name: "Orphaned Run Roles", interval: .seconds(900)) {
            await gate.wait()
            return TaskRunCounts(succeeded: 2)
        }
        try await withScheduler([task], clock: clock, events: events) { scheduler in
            _ = await events.next { $0 == .started(task: "Orphaned Run Roles") }
            clock.advance(by: .seconds(900))
            let skipped = await events.next { if case .skippedOverlap = $0 { true } else { false } }
            #expect(skipped == .skippedOverlap(task: "Orphaned Run Roles"))
            await gate.release()
            _ = await events.next(Self.finished)
            let stats = try #require(await scheduler.statistics()["Orphaned Run Roles"])
            #expect(stats.runs == 1 && stats.skippedTicks == 1 && !stats.isRunning)
        }
    }

    @Test func warnsAfterThreeConsecutiveFailuresAndResetsOnSuccess() async throws {
        struct Boom: Error {}
        let clock = ManualBotClock()
        let events = EventLog()
        let counter = Counter()
        let task = ScheduledTask(name: "Quota Panels", interval: .seconds(600)) {
            let run = await counter.increment()
            if run <= 3 { throw Boom() }
            return TaskRunCounts(succeeded: 1)
        }
        try await withScheduler([task], clock: clock, events: events) { scheduler in
            _ = await events.next(Self.finished)
            clock.advance(by: .seconds(600))
            _ = await events.next(Self.finished)
            clock.advance(by: .seconds(600))
            let warning = await events.next { if case .repeatedFailures = $0 { true } else { false } }
            #expect(warning == .repeatedFailures(task: "Quota Panels", consecutive: 3))
            clock.advance(by: .seconds(600))
            _ = await events.next(Self.finished)
            let stats = try #require(await scheduler.statistics()["Quota Panels"])
            #expect(stats.failedRuns == 3 && stats.successfulRuns == 1 && stats.consecutiveFailures == 0)
        }
    }

    @Test func aRunWithFailedItemsCountsAsFailedButKeepsItsItemCounts() async throws {
        let clock = ManualBotClock()
        let events = EventLog()
        let task = ScheduledTask(name: "Expired Punishments", interval: .seconds(120)) {
            TaskRunCounts(succeeded: 4, failed: 1)
        }
        try await withScheduler([task], clock: clock, events: events) { scheduler in
            let event = await events.next(Self.finished)
            #expect(event == .finished(task: "Expired Punishments", counts: TaskRunCounts(succeeded: 4, failed: 1),
                                       failedRun: true))
            let stats = try #require(await scheduler.statistics()["Expired Punishments"])
            #expect(stats.itemsSucceeded == 4 && stats.itemsFailed == 1 && stats.consecutiveFailures == 1)
        }
    }
}

@Suite struct BatchRunnerTests {
    /// Records which items ran and whether any started before the previous batch had finished.
    actor Tracker {
        var finished: Set<Int> = []
        var startedEarly: [Int] = []
        func enter(_ item: Int) {
            let previousBatches = Set(0..<(item / 10 * 10))
            if !previousBatches.isSubset(of: finished) { startedEarly.append(item) }
        }
        func leave(_ item: Int) { finished.insert(item) }
    }

    struct ItemFailure: Error {}

    @Test func processesEveryItemInBatchesOfTenIsolatingFailures() async {
        let tracker = Tracker()
        let counts = await BatchRunner.process(Array(0..<25), task: "test", logger: Logger(label: "test")) { item in
            await tracker.enter(item)
            await tracker.leave(item)
            if item == 3 || item == 17 { throw ItemFailure() }
        }
        #expect(counts == TaskRunCounts(succeeded: 23, failed: 2))
        #expect(await tracker.finished == Set(0..<25))
        #expect(await tracker.startedEarly.isEmpty)
    }

    @Test func anEmptyListIsAnEmptyCount() async {
        let counts = await BatchRunner.process([Int](), task: "test", logger: Logger(label: "test")) { _ in }
        #expect(counts == TaskRunCounts())
    }
}

@Suite struct TaskSchedulerLifecycleTests {
    @Test func stopsWhenTheServiceGroupShutsDownGracefully() async throws {
        let clock = ManualBotClock()
        let events = TaskSchedulerTests.EventLog()
        let task = ScheduledTask(name: "Expired Sessions", interval: .seconds(300)) { TaskRunCounts() }
        let scheduler = TaskScheduler(tasks: [task], clock: clock, logger: Logger(label: "test")) {
            events.continuation.yield($0)
        }
        let group = ServiceGroup(services: [scheduler], logger: Logger(label: "test"))
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            _ = await events.next(TaskSchedulerTests.finished)
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
        }
        #expect(await scheduler.statistics()["Expired Sessions"]?.runs == 1)
    }
}
