package guide.legcramps.content.load;

import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.springframework.stereotype.Component;

/**
 * Makes a content reload atomic for readers. A request reads under the read lock; the loader
 * commits a new content set under the write lock. A request therefore sees the old set or the
 * new one, never a mix, and never waits for more than the commit itself (the new set is written
 * before the lock is taken; readers do not see it until it commits).
 */
@Component
public class ContentSwitch {

	private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);

	/** Call before answering a request, and {@link #endRead()} in a finally block after it. */
	public void beginRead() {
		this.lock.readLock().lock();
	}

	public void endRead() {
		this.lock.readLock().unlock();
	}

	void lockForSwitch() {
		this.lock.writeLock().lock();
	}

	void unlockAfterSwitch() {
		if (this.lock.isWriteLockedByCurrentThread()) {
			this.lock.writeLock().unlock();
		}
	}

	/** Whether requests are waiting for a switch to finish, for tests and diagnostics. */
	boolean hasWaitingReaders() {
		return this.lock.hasQueuedThreads();
	}

}
