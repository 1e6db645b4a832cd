import ArgumentParser
import Dispatch

/// The process's entry point: runs `RaidbotCommand` on the concurrency pool while the main thread
/// waits for it.
///
/// Not an async `main`: on Linux that hands the main thread to `dispatch_main()`, which ends it with
/// `pthread_exit`, and the forced unwind of its stack loads libgcc_s and faults in about 1 MiB of the
/// binary's unwind tables that nothing else ever reads (docs/benchmarks.md, Transport and memory).
@main
enum RaidbotEntryPoint {
    static func main() {
        let finished = DispatchSemaphore(value: 0)
        Task.detached {
            await RaidbotCommand.main()
            finished.signal()
        }
        finished.wait()
    }
}
