-- Data as revision 0001 stored it: one desk with two visits (one of them void) and the
-- outbox rows that went with them. tests/kiosk/test_migrations.py loads this into a database
-- at 0001, upgrades it to head and checks that every row survives and reads back.

INSERT INTO app_setting (key, value) VALUES
  ('current_desk_id', '018f3a00-0000-7000-8000-000000000004');

INSERT INTO library_organisation (id, name, is_demo) VALUES
  ('018f3a00-0000-7000-8000-000000000001', 'Bibliotheek Seedstad', 0);

INSERT INTO branch (id, organisation_id, name, municipality, province) VALUES
  ('018f3a00-0000-7000-8000-000000000002', '018f3a00-0000-7000-8000-000000000001',
   'Vestiging Centrum', 'Seedstad', 'Utrecht');

INSERT INTO ido_location (id, branch_id, name, form, inside_library) VALUES
  ('018f3a00-0000-7000-8000-000000000003', '018f3a00-0000-7000-8000-000000000002',
   'IDO Centrum', 'basis', 1);

INSERT INTO desk (id, location_id, name, mode) VALUES
  ('018f3a00-0000-7000-8000-000000000004', '018f3a00-0000-7000-8000-000000000003',
   'Balie 1', 'counter');

INSERT INTO outbox (local_seq, op_id, kind, schema_ver, entity_id, base_version, payload,
                    payload_sha256, occurred_at, state, attempts, batch_id, next_attempt_at,
                    result_status, result_code, result_detail, server_seq, acked_at) VALUES
  (1, '018f3a00-0000-7000-8000-0000000000a1', 'visit.recorded', 1,
   '018f3a00-0000-7000-8000-000000000010', NULL,
   '{"visit_id":"018f3a00-0000-7000-8000-000000000010"}',
   '0000000000000000000000000000000000000000000000000000000000000001',
   '2026-11-20T10:00:05.000Z', 'acked', 1, 'batch-1', NULL, 'accepted', NULL, NULL, 17,
   '2026-11-20T10:01:00.000Z'),
  (2, '018f3a00-0000-7000-8000-0000000000a2', 'visit.recorded', 1,
   '018f3a00-0000-7000-8000-000000000011', NULL,
   '{"visit_id":"018f3a00-0000-7000-8000-000000000011"}',
   '0000000000000000000000000000000000000000000000000000000000000002',
   '2026-11-20T10:05:05.000Z', 'pending', 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (3, '018f3a00-0000-7000-8000-0000000000a3', 'visit.voided', 1,
   '018f3a00-0000-7000-8000-000000000011', NULL,
   '{"reason":"dubbel","visit_id":"018f3a00-0000-7000-8000-000000000011"}',
   '0000000000000000000000000000000000000000000000000000000000000003',
   '2026-11-20T10:06:00.000Z', 'pending', 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL);

INSERT INTO visit (id, desk_id, location_id, occurred_at, occurred_offset, recorded_at,
                   recorded_offset, channel, duration, mode, source, catalogue_version,
                   corrects_id, op_id) VALUES
  ('018f3a00-0000-7000-8000-000000000010', '018f3a00-0000-7000-8000-000000000004',
   '018f3a00-0000-7000-8000-000000000003', '2026-11-20T10:00:00.000Z', 60,
   '2026-11-20T10:00:05.000Z', 60, 'in_person', '5_15', 'counter', 'live', 1, NULL,
   '018f3a00-0000-7000-8000-0000000000a1'),
  ('018f3a00-0000-7000-8000-000000000011', '018f3a00-0000-7000-8000-000000000004',
   '018f3a00-0000-7000-8000-000000000003', '2026-11-20T10:05:00.000Z', 60,
   '2026-11-20T10:05:05.000Z', 60, 'phone', 'lt5', 'counter', 'live', 1, NULL,
   '018f3a00-0000-7000-8000-0000000000a2');

INSERT INTO question (id, visit_id, position, kind, organisation, topic, digid_followup, help,
                      referral, note) VALUES
  ('018f3a00-0000-7000-8000-000000000020', '018f3a00-0000-7000-8000-000000000010', 1,
   'digital_government', 'logius', 'digid_aanvragen', 'aangevraagd', '["samen_gedaan"]', '[]',
   NULL),
  ('018f3a00-0000-7000-8000-000000000021', '018f3a00-0000-7000-8000-000000000010', 2,
   'library', 'nvt', 'bieb_printen', NULL, '["informatie", "doorverwezen"]', '["taalhuis"]',
   'formulier geprint'),
  ('018f3a00-0000-7000-8000-000000000022', '018f3a00-0000-7000-8000-000000000011', 1,
   'digital_government', 'toeslagen', 'toeslag_huur', NULL, '["informatie"]', '[]', NULL);

INSERT INTO visit_void (visit_id, reason, recorded_at, recorded_offset, op_id) VALUES
  ('018f3a00-0000-7000-8000-000000000011', 'dubbel', '2026-11-20T10:06:00.000Z', 60,
   '018f3a00-0000-7000-8000-0000000000a3');
