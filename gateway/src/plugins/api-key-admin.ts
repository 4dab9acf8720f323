import express from 'express';
import { stateOf, identify, type Authenticate } from './auth';
import { HttpRefusal } from './errors';
import type { Audit } from './audit';
import { ApiKeyError, type ApiKeyStore } from '../api-keys/store';

/**
 * Admin HTTP routes for BI tools' API keys (the CLI `gateway/dist/api-keys-cli.js` calls them):
 *   POST   /admin/api-keys        { name, roles, days }  → 201 { key (shown once), id, roles, expiresAt }
 *   GET    /admin/api-keys                               → the keys, without secrets
 *   DELETE /admin/api-keys/:id                           → the revoked key
 * Only a signed-in admin (a bearer token, not an API key) may call them; each change is audited.
 */
export function apiKeyAdmin(store: ApiKeyStore, authenticate: Authenticate, audit: Audit): express.Router {
  const router = express.Router();
  router.use(identify(authenticate), (_req, res, next) => {
    const { identity } = stateOf(res);
    if (!identity.roles.includes('admin') || identity.sub.startsWith('api-key:')) {
      return next(new HttpRefusal(403, 'Managing API keys needs a signed-in admin (a bearer token, not an API key)'));
    }
    next();
  });
  router.post('/', express.json({ limit: '4kb' }), async (req, res, next) => {
    const { identity, requestId } = stateOf(res);
    const body = (req.body ?? {}) as { name?: unknown; roles?: unknown; days?: unknown };
    try {
      const created = await store.create({
        name: typeof body.name === 'string' ? body.name : '', roles: Array.isArray(body.roles) ? body.roles.map(String) : [],
        days: typeof body.days === 'number' ? body.days : NaN, actor: identity,
      });
      audit({ kind: 'api-key-created', who: identity.sub, requestId, what: { id: created.info.id, name: created.info.name, roles: created.info.roles, expiresAt: created.info.expiresAt } });
      res.status(201).json({ key: created.key, ...created.info });
    } catch (err) {
      next(err instanceof ApiKeyError ? new HttpRefusal(400, err.message) : err);
    }
  });
  router.get('/', async (_req, res, next) => {
    try {
      res.json({ keys: await store.list() });
    } catch (err) {
      next(err);
    }
  });
  router.delete('/:id', async (req, res, next) => {
    const { identity, requestId } = stateOf(res);
    try {
      const revoked = await store.revoke(String(req.params.id), identity);
      if (!revoked) return next(new HttpRefusal(404, 'No API key with this id'));
      audit({ kind: 'api-key-revoked', who: identity.sub, requestId, what: { id: revoked.id, name: revoked.name } });
      res.json(revoked);
    } catch (err) {
      next(err);
    }
  });
  return router;
}
