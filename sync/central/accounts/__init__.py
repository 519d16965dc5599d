"""Dashboard accounts: who may sign in, and what each of them may see.

- :mod:`.roles`: the four roles and the scope each needs (validated before it is stored).
- :mod:`.passwords`: argon2id hashing through ``argon2-cffi``.
- :mod:`.users`: the accounts themselves (add, list, disable).
- :mod:`.sessions`: server-side sessions (only the token's hash stored; idle and absolute
  expiry; revoked one at a time or all of an account at once).
- :mod:`.csrf`: the synchronizer token every form carries.
- :mod:`.throttle`: sign-in attempts per username and per client address.
- :mod:`.audit`: the audit log (sign-ins, sign-outs, downloads, account changes).
- :mod:`.viewer` and :mod:`.scope`: who is looking (a role and a scope, or the public) and
  which branches, areas and organisation codes that viewer may see.
- :mod:`.cookies` and :mod:`.guard`: the web side: the cookies and their flags, the current
  viewer as a FastAPI dependency, sign-in and sign-out, forms with their CSRF check.
- :mod:`.commands`: ``ido-central user-add | user-list | user-disable | user-sessions-revoke``.

Device tokens and the admin token never stand for a viewer: the dashboard reads its own
session cookie only, and refuses a request that carries a bearer token at all.
"""
