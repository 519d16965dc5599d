"""The topic list's filter (a proxy over every topic of the catalogue) under Qt's model checks."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSortFilterProxyModel
from pytestqt.qtbot import QtBot

from kiosk.catalogue import load_catalogues
from ui.topic_picker import CODE_ROLE, TopicPicker


def test_topic_filter_passes_the_model_tester(qtbot: QtBot, qtmodeltester: Any) -> None:
    catalogue = load_catalogues().current
    picker = TopicPicker()
    qtbot.addWidget(picker)
    picker.set_catalogue(catalogue, ["digid_aanvragen", "toeslag_huur"])
    proxy = picker.list.model()
    assert isinstance(proxy, QSortFilterProxyModel)
    qtmodeltester.check(proxy)
    everything = proxy.rowCount()
    assert everything == len(catalogue.options("topic"))

    picker.filter.setText("digid")  # the tester stays attached: every change is checked
    qtmodeltester.check(proxy)
    codes = [proxy.index(r, 0).data(CODE_ROLE) for r in range(proxy.rowCount())]
    assert 0 < len(codes) < everything
    assert "digid_aanvragen" in codes

    picker.filter.setText("geen onderwerp heet zo")
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 0

    picker.filter.clear()
    picker.set_catalogue(catalogue, [])  # refilled from scratch
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == everything
