-- Data as revision 0009 stores it: everything of the 0008 seed, its survey response released
-- (its survey.answered op in the outbox; survey_response names no op any more) and a second
-- response still held (no op yet: written by a sync run of a later day).
-- tests/kiosk/test_migrations.py loads this into a database at 0009, upgrades it to head and
-- checks that every row survives.

INSERT INTO app_setting (key, value) VALUES
  ('current_desk_id', '018f3a00-0000-7000-8000-000000000004');

INSERT INTO library_organisation (id, name, is_demo) VALUES
  ('018f3a00-0000-7000-8000-000000000001', 'Bibliotheek Seedstad', 0);

INSERT INTO branch (id, organisation_id, name, municipality, province) VALUES
  ('018f3a00-0000-7000-8000-000000000002', '018f3a00-0000-7000-8000-000000000001',
   'Vestiging Centrum', 'Seedstad', 'Utrecht');

INSERT INTO ido_location (id, branch_id, name, form, inside_library, hours_kind, hours,
                          staffing, valid_from, setup_version) VALUES
  ('018f3a00-0000-7000-8000-000000000003', '018f3a00-0000-7000-8000-000000000002',
   'IDO Centrum', 'basis', 1, 'appointment',
   '[{"weekday": 2, "starts": "10:00", "ends": "12:00"}]',
   '[{"kind": "staff", "hours_per_week": 6}]', '2027-01-04', 1);

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

INSERT INTO plan_season (id, name, starts_on, ends_on, version, deleted) VALUES
  ('018f3a00-0000-7000-8000-000000000100', 'Belastinghulp 2027', '2027-03-01', '2027-05-01',
   3, 0);

INSERT INTO plan_partner (id, name, version, deleted) VALUES
  ('018f3a00-0000-7000-8000-000000000111', 'FNV Belastingservice', 1, 0),
  ('018f3a00-0000-7000-8000-000000000112', 'Humanitas', 0, 0);

INSERT INTO plan_helper (id, name, partner_id, topics, active, version, deleted) VALUES
  ('018f3a00-0000-7000-8000-000000000121', 'Anja de Vries', '018f3a00-0000-7000-8000-000000000111',
   '["aangifte","toeslagen"]', 1, 2, 0),
  ('018f3a00-0000-7000-8000-000000000122', 'Kees Bakker', '018f3a00-0000-7000-8000-000000000112',
   '["kwijtschelding"]', 1, 0, 0);

INSERT INTO plan_template (id, season_id, helper_id, weekday, starts, ends, slot_minutes,
                           capacity, valid_from, valid_to, version, deleted) VALUES
  ('018f3a00-0000-7000-8000-000000000131', '018f3a00-0000-7000-8000-000000000100',
   '018f3a00-0000-7000-8000-000000000121', 2, '10:00', '12:00', 30, 1, NULL, NULL, 1, 0),
  ('018f3a00-0000-7000-8000-000000000132', '018f3a00-0000-7000-8000-000000000100',
   '018f3a00-0000-7000-8000-000000000122', 2, '10:00', '11:00', 60, 2, '2027-03-01',
   '2027-03-31', 0, 0);

INSERT INTO plan_closure (id, season_id, day, reason, version, deleted) VALUES
  ('018f3a00-0000-7000-8000-000000000141', '018f3a00-0000-7000-8000-000000000100',
   '2027-03-16', 'Verbouwing', 1, 0);

INSERT INTO plan_slot (id, season_id, helper_id, day, starts, ends, capacity, closed,
                       template_id, version, sync) VALUES
  ('f1e79db8-fb01-5d0f-8ecd-cf363576331e', '018f3a00-0000-7000-8000-000000000100',
   '018f3a00-0000-7000-8000-000000000121', '2027-03-02', '10:00', '10:30', 1, 0,
   '018f3a00-0000-7000-8000-000000000131', 1, 'confirmed'),
  ('bc526c4d-8d0d-5581-87e0-47e147de3e47', '018f3a00-0000-7000-8000-000000000100',
   '018f3a00-0000-7000-8000-000000000121', '2027-03-02', '10:30', '11:00', 1, 1,
   '018f3a00-0000-7000-8000-000000000131', 2, 'confirmed'),
  ('e65cfd16-e9c9-5438-a9c2-262a56fb7cf3', '018f3a00-0000-7000-8000-000000000100',
   '018f3a00-0000-7000-8000-000000000122', '2027-03-02', '10:00', '11:00', 2, 0,
   '018f3a00-0000-7000-8000-000000000132', 1, 'confirmed');

INSERT INTO plan_booking (id, slot_id, name, phone, email, purpose, checklist, remark, status,
                          walk_in, overbook_reason, created_at, cancelled_at, cancelled_by,
                          cancel_reason, purged_at, version, sync, conflict_code) VALUES
  ('018f3a00-0000-7000-8000-000000000151', 'f1e79db8-fb01-5d0f-8ecd-cf363576331e',
   'J. Jansen', '06 12345678', 'j.jansen@example.nl', '["aangifte"]',
   '["digid_zelf","jaaropgaven"]', 'Komt met dochter', 'booked', 0, NULL,
   '2027-02-20T09:00:00.000Z', NULL, NULL, NULL, NULL, 1, 'confirmed', NULL),
  ('018f3a00-0000-7000-8000-000000000152', 'f1e79db8-fb01-5d0f-8ecd-cf363576331e',
   'P. de Boer', '020-1234567', NULL, '["toeslagen"]', '[]', NULL, 'cancelled', 0, NULL,
   '2027-02-20T09:05:00.000Z', '2027-02-21T10:00:00.000Z', 'Balie 1', 'Ziek', NULL, 2,
   'confirmed', NULL),
  ('018f3a00-0000-7000-8000-000000000153', 'e65cfd16-e9c9-5438-a9c2-262a56fb7cf3',
   'M. Yilmaz', NULL, NULL, '["kwijtschelding"]', '[]', NULL, 'booked', 1, NULL,
   '2027-02-22T13:00:00.000Z', NULL, NULL, NULL, NULL, 0, 'provisional', NULL),
  ('018f3a00-0000-7000-8000-000000000154', 'bc526c4d-8d0d-5581-87e0-47e147de3e47',
   'A. Smit', '0612345679', NULL, '["aangifte"]', '[]', NULL, 'booked', 0, NULL,
   '2027-02-22T13:10:00.000Z', NULL, NULL, NULL, NULL, 1, 'conflict', 'slot_closed'),
  ('018f3a00-0000-7000-8000-000000000155', 'e65cfd16-e9c9-5438-a9c2-262a56fb7cf3',
   NULL, NULL, NULL, '["kwijtschelding"]', '["id_bewijs"]', NULL, 'attended', 0,
   'Twee gezinsleden', '2027-02-10T08:00:00.000Z', NULL, NULL, NULL,
   '2027-04-01T06:00:00.000Z', 3, 'confirmed', NULL);

INSERT INTO plan_waiting (id, season_id, name, phone, email, purpose, remark, position,
                          created_at, offered_slot_id, done, purged_at, version, deleted) VALUES
  ('018f3a00-0000-7000-8000-000000000161', '018f3a00-0000-7000-8000-000000000100',
   'R. Visser', '06-87654321', NULL, '["aangifte"]', NULL, 1, '2027-02-23T10:00:00.000Z',
   NULL, NULL, NULL, 1, 0),
  ('018f3a00-0000-7000-8000-000000000162', '018f3a00-0000-7000-8000-000000000100',
   'L. Peters', '0301234567', NULL, '["toeslagen"]', NULL, 2, '2027-02-23T11:00:00.000Z',
   'f1e79db8-fb01-5d0f-8ecd-cf363576331e', 'booked', NULL, 2, 0);

INSERT INTO outbox (local_seq, op_id, kind, schema_ver, entity_id, base_version, payload,
                    payload_sha256, occurred_at, state, attempts, batch_id, next_attempt_at,
                    result_status, result_code, result_detail, server_seq, acked_at) VALUES
  (7, '018f3a00-0000-7000-8000-0000000001a1', 'booking.create', 1,
   '018f3a00-0000-7000-8000-000000000153', 0,
   '{"booking_id":"018f3a00-0000-7000-8000-000000000153","checklist":[],"email":null,"name":"M. Yilmaz","overbook_reason":null,"phone":null,"purpose":["kwijtschelding"],"remark":null,"slot_id":"e65cfd16-e9c9-5438-a9c2-262a56fb7cf3","walk_in":true}',
   '0000000000000000000000000000000000000000000000000000000000000007',
   '2027-02-22T13:00:00.000Z', 'pending', 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (8, '018f3a00-0000-7000-8000-0000000001a2', 'slot.create', 1,
   'e65cfd16-e9c9-5438-a9c2-262a56fb7cf3', 0,
   '{"capacity":2,"day":"2027-03-02","ends":"11:00","helper_id":"018f3a00-0000-7000-8000-000000000122","season_id":"018f3a00-0000-7000-8000-000000000100","slot_id":"e65cfd16-e9c9-5438-a9c2-262a56fb7cf3","starts":"10:00","template_id":"018f3a00-0000-7000-8000-000000000132"}',
   '0000000000000000000000000000000000000000000000000000000000000008',
   '2027-02-22T12:00:00.000Z', 'acked', 1, 'batch-2', NULL, 'accepted', NULL, NULL, 40,
   '2027-02-22T12:01:00.000Z'),
  (9, '018f3a00-0000-7000-8000-0000000001a3', 'location.setup', 1,
   '018f3a00-0000-7000-8000-000000000003', NULL,
   '{"catalogue_version":1,"hours":[{"ends":"12:00","starts":"10:00","weekday":2}],"hours_kind":"appointment","ido_form":"basis","ido_name":"IDO Centrum","inside_library":true,"location_id":"018f3a00-0000-7000-8000-000000000003","staffing":[{"hours_per_week":6,"kind":"staff"}],"valid_from":"2027-01-04","version":1}',
   '0000000000000000000000000000000000000000000000000000000000000009',
   '2027-01-04T09:00:00.000Z', 'pending', 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL);

INSERT INTO pull_set_aside (type, entity_id, version, code, detail, received_at) VALUES
  ('template', '018f3a00-0000-7000-8000-0000000000f1', 3, 'invalid_record',
   'data.weekday: Field required', '2027-03-02T09:00:00Z');

INSERT INTO overview_day (day, desk_id, dim, code, count) VALUES
  ('2026-11-20', '018f3a00-0000-7000-8000-000000000004', 'channel', 'in_person', 1),
  ('2026-11-20', '018f3a00-0000-7000-8000-000000000004', 'duration', '5_15', 1),
  ('2026-11-20', '018f3a00-0000-7000-8000-000000000004', 'entry', 'live', 1),
  ('2026-11-20', '018f3a00-0000-7000-8000-000000000004', 'help', 'doorverwezen', 1),
  ('2026-11-20', '018f3a00-0000-7000-8000-000000000004', 'help', 'informatie', 1),
  ('2026-11-20', '018f3a00-0000-7000-8000-000000000004', 'help', 'samen_gedaan', 1),
  ('2026-11-20', '018f3a00-0000-7000-8000-000000000004', 'hour', '11', 1),
  ('2026-11-20', '018f3a00-0000-7000-8000-000000000004', 'kind', 'digital_government', 1),
  ('2026-11-20', '018f3a00-0000-7000-8000-000000000004', 'kind', 'library', 1),
  ('2026-11-20', '018f3a00-0000-7000-8000-000000000004', 'organisation', 'logius', 1),
  ('2026-11-20', '018f3a00-0000-7000-8000-000000000004', 'organisation', 'nvt', 1),
  ('2026-11-20', '018f3a00-0000-7000-8000-000000000004', 'questions', '', 2),
  ('2026-11-20', '018f3a00-0000-7000-8000-000000000004', 'referral', 'taalhuis', 1),
  ('2026-11-20', '018f3a00-0000-7000-8000-000000000004', 'topic', 'bieb_printen', 1),
  ('2026-11-20', '018f3a00-0000-7000-8000-000000000004', 'topic', 'digid_aanvragen', 1),
  ('2026-11-20', '018f3a00-0000-7000-8000-000000000004', 'visits', '', 1);

INSERT INTO overview_month (month, desk_id, dim, code, count) VALUES
  ('2026-11-01', '018f3a00-0000-7000-8000-000000000004', 'channel', 'in_person', 1),
  ('2026-11-01', '018f3a00-0000-7000-8000-000000000004', 'duration', '5_15', 1),
  ('2026-11-01', '018f3a00-0000-7000-8000-000000000004', 'entry', 'live', 1),
  ('2026-11-01', '018f3a00-0000-7000-8000-000000000004', 'help', 'doorverwezen', 1),
  ('2026-11-01', '018f3a00-0000-7000-8000-000000000004', 'help', 'informatie', 1),
  ('2026-11-01', '018f3a00-0000-7000-8000-000000000004', 'help', 'samen_gedaan', 1),
  ('2026-11-01', '018f3a00-0000-7000-8000-000000000004', 'hour', '5-11', 1),
  ('2026-11-01', '018f3a00-0000-7000-8000-000000000004', 'kind', 'digital_government', 1),
  ('2026-11-01', '018f3a00-0000-7000-8000-000000000004', 'kind', 'library', 1),
  ('2026-11-01', '018f3a00-0000-7000-8000-000000000004', 'organisation', 'logius', 1),
  ('2026-11-01', '018f3a00-0000-7000-8000-000000000004', 'organisation', 'nvt', 1),
  ('2026-11-01', '018f3a00-0000-7000-8000-000000000004', 'questions', '', 2),
  ('2026-11-01', '018f3a00-0000-7000-8000-000000000004', 'referral', 'taalhuis', 1),
  ('2026-11-01', '018f3a00-0000-7000-8000-000000000004', 'topic', 'bieb_printen', 1),
  ('2026-11-01', '018f3a00-0000-7000-8000-000000000004', 'topic', 'digid_aanvragen', 1),
  ('2026-11-01', '018f3a00-0000-7000-8000-000000000004', 'visits', '', 1);


INSERT INTO outbox (local_seq, op_id, kind, schema_ver, entity_id, base_version, payload,
                    payload_sha256, occurred_at, state, attempts, batch_id, next_attempt_at,
                    result_status, result_code, result_detail, server_seq, acked_at) VALUES
  (100, '3b0c5b9e-8a4f-4d5e-9c2a-6f1e0d7c8b21', 'survey.answered', 1, NULL, NULL,
   '{"answers":{"age_band":"65_74","found_via":"library","helped":"yes","recommend":null,"self_next_time":"with_help"},"day":"2026-11-20","language":"tr","response_id":"7d2f4c1a-5e6b-4a8c-9d0e-1f2a3b4c5d6e","survey_version":1}',
   '0000000000000000000000000000000000000000000000000000000000000100',
   '2026-11-20T00:00:00.000Z', 'pending', 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL);

INSERT INTO survey_response (id, survey_version, language, day, answers, released_on) VALUES
  ('7d2f4c1a-5e6b-4a8c-9d0e-1f2a3b4c5d6e', 1, 'tr', '2026-11-20',
   '{"age_band":"65_74","found_via":"library","helped":"yes","recommend":null,"self_next_time":"with_help"}',
   '2026-11-21'),
  ('c41e2a7b-9d3f-4e8a-b5c6-0a1b2c3d4e5f', 1, 'uk', '2026-11-21',
   '{"age_band":null,"found_via":null,"helped":"partly","recommend":"yes","self_next_time":null}',
   NULL);
