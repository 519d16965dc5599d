-- Data as revision 0002 stored it: the 0001 desk and visits, an enrolled sync_state row with
-- a retry scheduled, and outbox rows in every state the sync client leaves behind (acked,
-- pending, inflight after a crash, rejected, quarantined). tests/kiosk/test_migrations.py
-- loads this into a database at 0002, upgrades it to head and checks that every row survives.

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
   '2026-11-20T10:06:00.000Z', 'inflight', 2, '018f3a00-0000-7000-8000-0000000000b2', NULL,
   NULL, NULL, NULL, NULL, NULL),
  (4, '018f3a00-0000-7000-8000-0000000000a4', 'visit.recorded', 1,
   '018f3a00-0000-7000-8000-000000000012', NULL,
   '{"visit_id":"018f3a00-0000-7000-8000-000000000012"}',
   '0000000000000000000000000000000000000000000000000000000000000004',
   '2026-11-20T10:10:05.000Z', 'rejected', 1, '018f3a00-0000-7000-8000-0000000000b1', NULL,
   'rejected', 'validation_failed',
   '{"errors":[{"msg":"unknown code","path":"payload.channel"}],"retryable":false}', NULL, NULL),
  (5, '018f3a00-0000-7000-8000-0000000000a5', 'visit.recorded', 1,
   '018f3a00-0000-7000-8000-000000000013', NULL,
   '{"visit_id":"018f3a00-0000-7000-8000-000000000013"}',
   '0000000000000000000000000000000000000000000000000000000000000005',
   '2026-11-20T10:12:05.000Z', 'quarantined', 6, '018f3a00-0000-7000-8000-0000000000b3', NULL,
   NULL, 'payload_too_large', '{"status":413}', NULL, NULL),
  (6, '018f3a00-0000-7000-8000-0000000000a6', 'visit.voided', 1,
   '018f3a00-0000-7000-8000-000000000010', NULL,
   '{"reason":"test","visit_id":"018f3a00-0000-7000-8000-000000000010"}',
   '0000000000000000000000000000000000000000000000000000000000000006',
   '2026-11-20T10:14:00.000Z', 'pending', 1, '018f3a00-0000-7000-8000-0000000000b2',
   '2026-11-20T10:20:00.000Z', 'deferred', 'depends_on_pending', NULL, NULL, NULL);

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

INSERT INTO sync_state (id, device_id, device_name, branch_id, branch_name, server_url,
                        enrolled_at, pull_cursor, write_checkpoint, backoff_attempt, not_before,
                        retry_after_until, last_attempt_at, last_success_at, last_error,
                        last_server_time, last_skew_seconds, clock_flag, paused_reason) VALUES
  (1, '018f3a00-0000-7000-8000-0000000000c1', 'Balie 1', 'br-seedstad-centrum',
   'Vestiging Centrum', 'https://sync.example.org', '2026-11-19T09:00:00.000Z',
   'eyJlIjoxLCJzIjo0fQ', 55, 3, '2026-11-20T10:30:00.000Z', '2026-11-20T10:25:00.000Z',
   '2026-11-20T10:20:00.000Z', '2026-11-20T10:01:00.000Z',
   'De centrale server is druk. Nieuwe poging om 11:30.', '2026-11-20T10:01:00.000Z', -3,
   NULL, NULL);
