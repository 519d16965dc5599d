"""The wire contract between desk and central server, in one place both ends import.

Qt-free and httpx-free: the desk builds and reads records through it, the server checks what
it stores with it. So far it holds the field types of the wire (:mod:`kiosk.protocol.fields`)
and the shapes of the Belastinghulp reference records (:mod:`kiosk.protocol.planning_records`).
"""
