"""The stall's devices without Qt: scale protocols and serial links, printer sockets.

Everything here is optional hardware: with nothing attached the kiosk works
as it does without it. Parsers are pure (bytes in, readings out); links own
one port or socket each and turn its failures into translated messages.
"""
