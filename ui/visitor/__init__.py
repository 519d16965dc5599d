"""The visitor mode: an anonymous survey that a visitor fills in at the desk, in six languages.

:mod:`ui.visitor.launcher` starts it from the desk's window and stores the answers,
:mod:`ui.visitor.mode` is its full-screen window, :mod:`ui.visitor.screens` its three screens
(languages, one question, thanks), :mod:`ui.visitor.flow` one visitor's answers and the idle
times, :mod:`ui.visitor.pictograms` and :mod:`ui.visitor.touch_button` what a finger presses.
"""
