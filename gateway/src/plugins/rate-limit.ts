import type express from 'express';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { HttpRefusal } from './errors';
import { stateOf } from './auth';

/**
 * Per-identity rate limit (rate-limiter-flexible, in memory: one gateway process). Anonymous callers share
 * their address's bucket. Over the limit: 429 with Retry-After in seconds.
 */
export function rateLimit(opts: { points: number; windowSeconds: number }): express.RequestHandler {
  const limiter = new RateLimiterMemory({ points: opts.points, duration: opts.windowSeconds });
  return (req, res, next) => {
    const { identity } = stateOf(res);
    const key = identity.sub === 'anonymous' ? `ip:${req.socket.remoteAddress}` : `sub:${identity.sub}`;
    limiter.consume(key).then(
      (r) => {
        res.setHeader('ratelimit-remaining', String(r.remainingPoints));
        next();
      },
      (r: unknown) => {
        if (!(r instanceof RateLimiterRes)) return next(r);
        const seconds = Math.max(1, Math.ceil(r.msBeforeNext / 1000));
        next(new HttpRefusal(429, `Too many requests: at most ${opts.points} per ${opts.windowSeconds} s; retry after ${seconds} s`, { 'retry-after': String(seconds) }));
      },
    );
  };
}
