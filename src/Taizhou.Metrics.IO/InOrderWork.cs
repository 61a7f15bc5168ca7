using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Taizhou.Metrics.IO;

/// <summary>
/// Items 0 to n − 1 of a job shared by the calling thread and helper threads (one per further core): every thread takes
/// the next item not yet taken, so items are started in order and each is done exactly once. The calling thread
/// consumes the items in order with <see cref="WaitFor"/>, doing items itself while the one it needs is not done.
/// Disposing stops the helpers after their current item and waits for them.
/// </summary>
/// <remarks>
/// The readers use it to decode a file's parts on every core and validate them in file order, so that the error
/// reported is always the first of the file. A work delegate must not throw: it keeps its item's error for the
/// consumer. Each thread passes its own delegate, so that it can hold its own buffers or file reader.
/// </remarks>
internal sealed class InOrderWork : IDisposable
{
    private readonly TaskCompletionSource[] done;
    private readonly List<Task> helpers = [];
    private int next = -1;
    private volatile bool stopped;

    /// <summary>Initializes the job.</summary>
    /// <param name="itemCount">The number of items.</param>
    public InOrderWork(int itemCount)
    {
        done = new TaskCompletionSource[itemCount];
        for (int k = 0; k < itemCount; k++)
        {
            done[k] = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    /// <summary>Gets the number of helper threads worth starting: one per further core, at most one per further item.</summary>
    public int HelpersWorthStarting => Math.Max(0, Math.Min(Environment.ProcessorCount - 1, done.Length - 1));

    /// <summary>Gets whether <see cref="Stop"/> was called: long items check it to end early.</summary>
    public bool IsStopped => stopped;

    /// <summary>Starts a helper thread that does items with <paramref name="work"/> until none is left or the job stops.</summary>
    /// <param name="work">Does one item; must not throw.</param>
    public void StartHelper(Action<int> work) =>
        helpers.Add(Task.Factory.StartNew(() => DoAll(work), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default));

    /// <summary>Does items on this thread until none is left or the job stops (for jobs whose items are not consumed in order).</summary>
    /// <param name="work">Does one item; must not throw.</param>
    public void DoAll(Action<int> work)
    {
        while (!stopped && TryDoNext(work))
        {
        }
    }

    /// <summary>Blocks until an item is done, doing items not yet taken on this thread meanwhile.</summary>
    /// <param name="item">The item.</param>
    /// <param name="work">Does one item on this thread; must not throw.</param>
    public void WaitFor(int item, Action<int> work)
    {
        var task = done[item].Task;
        while (!task.IsCompleted)
        {
            if (!TryDoNext(work))
            {
                task.Wait();
            }
        }
    }

    /// <summary>Asks every thread to stop after its current item.</summary>
    public void Stop() => stopped = true;

    /// <summary>Stops the job and waits for the helper threads.</summary>
    public void Dispose()
    {
        stopped = true;
        foreach (var helper in helpers)
        {
            helper.Wait();
        }
    }

    private bool TryDoNext(Action<int> work)
    {
        int k = Interlocked.Increment(ref next);
        if (k >= done.Length)
        {
            return false;
        }

        try
        {
            work(k);
        }
        finally
        {
            done[k].SetResult();
        }

        return true;
    }
}
