//! Many requests at once: a bounded number in flight, paced under an AWS quota. Used by batch
//! scheduling, `cancel --all` and `list --queue`. Throttling and transient errors that slip
//! through the pacing are retried by the SDK (see `Settings::bulk`).

use std::future::Future;
use std::sync::Arc;

use tokio::task::JoinSet;

use crate::limits::Quota;
use crate::pace::Pace;

pub struct Pool<T> {
    tasks: JoinSet<T>,
    concurrency: usize,
    pace: Arc<Pace>,
}

impl<T: Send + 'static> Pool<T> {
    pub fn new(concurrency: usize, pace: Pace) -> Self {
        Pool {
            tasks: JoinSet::new(),
            concurrency: concurrency.max(1),
            pace: Arc::new(pace),
        }
    }

    /// A pool paced at `rate` (default: the quota's sustained rate), never bursting beyond
    /// the quota's bucket or one second's worth of the rate.
    pub fn under(quota: Quota, rate: Option<f64>, concurrency: usize) -> Self {
        let rate = rate.unwrap_or(quota.rate);
        Pool::new(concurrency, Pace::new(rate, quota.burst.min(rate.max(1.0))))
    }

    /// Starts `job` once a slot is free, returning the results of jobs that finished while
    /// waiting for it. The job itself waits for the pace before it runs.
    pub async fn spawn<F>(&mut self, job: F) -> Vec<T>
    where
        F: Future<Output = T> + Send + 'static,
    {
        let mut done = Vec::new();
        while self.tasks.len() >= self.concurrency {
            done.extend(self.next().await);
        }
        let pace = self.pace.clone();
        self.tasks.spawn(async move {
            pace.wait().await;
            job.await
        });
        done
    }

    /// The next result to finish, or `None` when nothing is in flight.
    pub async fn next(&mut self) -> Option<T> {
        match self.tasks.join_next().await? {
            Ok(result) => Some(result),
            Err(e) if e.is_panic() => std::panic::resume_unwind(e.into_panic()),
            Err(_) => None,
        }
    }

    /// Waits for everything in flight.
    pub async fn finish(mut self) -> Vec<T> {
        let mut done = Vec::new();
        while let Some(result) = self.next().await {
            done.push(result);
        }
        done
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[tokio::test]
    async fn runs_everything_with_bounded_concurrency() {
        let in_flight = Arc::new(AtomicUsize::new(0));
        let peak = Arc::new(AtomicUsize::new(0));
        let mut pool = Pool::new(3, Pace::new(1000.0, 1000.0));
        let mut results = Vec::new();
        for i in 0..20 {
            let (in_flight, peak) = (in_flight.clone(), peak.clone());
            results.extend(
                pool.spawn(async move {
                    let now = in_flight.fetch_add(1, Ordering::SeqCst) + 1;
                    peak.fetch_max(now, Ordering::SeqCst);
                    tokio::time::sleep(std::time::Duration::from_millis(5)).await;
                    in_flight.fetch_sub(1, Ordering::SeqCst);
                    i
                })
                .await,
            );
        }
        results.extend(pool.finish().await);
        results.sort();
        assert_eq!(results, (0..20).collect::<Vec<_>>());
        assert!(peak.load(Ordering::SeqCst) <= 3);
    }
}
