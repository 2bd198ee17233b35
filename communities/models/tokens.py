"""Secrets in links sent by e-mail (unsubscribe, invitations): long, random, URL-safe."""

import secrets


def new_token():
    return secrets.token_urlsafe(32)
