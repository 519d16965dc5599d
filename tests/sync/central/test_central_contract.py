"""The server speaks the contract: its answers are the models a desk reads them with.

Whatever the server answers (a batch's results of every status, its config, a page of
changes) parses strictly with ``kiosk.protocol.answers``, with no member the models do not
know, and a desk's lenient reading gives the same; ``/openapi.json`` states the answers with
those same models.
"""

from __future__ import annotations

from typing import Any

from kiosk.ids import new_id
from kiosk.protocol.answers import BatchAnswer, ChangesPage, ConfigAnswer
from kiosk.protocol.reading import read
from tests.sync.central.conftest import Central, Desk
from tests.test_contract import unknown_members


def strictly(model: Any, data: dict[str, Any]) -> Any:
    parsed = model.model_validate(data)
    assert unknown_members(model, data) == []
    assert read(model, data) == parsed
    return parsed


def test_a_batch_answer_of_every_status_is_the_contracts(central: Central, desk: Desk) -> None:
    stored = desk.visit()
    desk.send([stored])
    unknown_topic = desk.visit()
    unknown_topic["payload"]["questions"][0]["topic"] = "tax-form"
    desk.rehash(unknown_topic)
    orphan_void = desk.void(new_id())

    answer = strictly(BatchAnswer, desk.send([stored, unknown_topic, orphan_void]))

    assert [r.status for r in answer.results] == ["duplicate", "rejected", "deferred"]
    assert answer.results[1].errors[0].path == "payload.questions[0].topic"
    assert answer.clock is not None and answer.branch_change_seq is not None


def test_the_config_and_a_page_of_changes_are_the_contracts(central: Central, desk: Desk) -> None:
    partner = new_id()
    upsert = {
        "record": "partner",
        "id": partner,
        "data": {"name": "FNV Belastingservice"},
        "deleted": False,
    }
    desk.send([desk.op("plan.upsert", upsert, partner, base_version=0)])

    config = central.client.get("/v1/config", headers=desk.headers)
    strictly(ConfigAnswer, config.json())
    page = central.client.get("/v1/changes", params={"limit": 500}, headers=desk.headers)
    changes = strictly(ChangesPage, page.json()).changes
    assert "partner" in {c.type for c in changes}


def test_a_question_about_ones_own_device_may_name_no_organisation(
    central: Central, desk: Desk
) -> None:
    # The desk's form offers "nvt" as the usual organisation of these government topics.
    device = desk.visit()
    device["payload"]["questions"][0].update(topic="apparaat_tablet", organisation="nvt")
    government = desk.visit()
    government["payload"]["questions"][0]["organisation"] = "nvt"
    for op in (device, government):
        desk.rehash(op)

    body = desk.send([device, government])

    assert [r["status"] for r in body["results"]] == ["accepted", "rejected"]
    assert body["results"][1]["errors"] == [
        {
            "path": "payload.questions[0].organisation",
            "msg": "a government question names its organisation",
        }
    ]


def test_the_document_states_the_answers_with_the_contracts_models(central: Central) -> None:
    document = central.client.get("/openapi.json").json()
    schemas = document["components"]["schemas"]
    paths = document["paths"]

    def answer_of(path: str, method: str) -> str:
        content = paths[path][method]["responses"]["200"]["content"]["application/json"]
        return str(content["schema"]["$ref"]).rsplit("/", 1)[-1]

    for path, method, model in (
        ("/v1/batches", "post", BatchAnswer),
        ("/v1/config", "get", ConfigAnswer),
        ("/v1/changes", "get", ChangesPage),
    ):
        name = answer_of(path, method)
        assert set(schemas[name]["properties"]) == set(model.model_fields), path
        assert schemas[name]["required"] == [
            n for n, f in model.model_fields.items() if f.is_required()
        ]
