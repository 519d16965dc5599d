"""Developer tools run from a source checkout; no wheel or desk bundle ships them.

``python -m tools.screenshots DIR`` renders the README's pictures on the sample data of
:mod:`tools.demo_data`. Shipped code never imports this package (``tests/test_layers.py``).
"""
