-- The order journal: one row per broker reference, and its history. The same SQL serves SQLite and
-- PostgreSQL (times are epoch milliseconds; booleans are 0/1), so that both storages read alike.
CREATE TABLE journal_order (
  reference       VARCHAR(512)  NOT NULL PRIMARY KEY,
  instance        VARCHAR(1024) NOT NULL,
  provider_type   VARCHAR(128)  NOT NULL,
  fingerprint     VARCHAR(64)   NOT NULL,
  request         TEXT          NOT NULL,
  status          VARCHAR(16)   NOT NULL,
  step            VARCHAR(256),
  ids             TEXT          NOT NULL,
  sealed          TEXT          NOT NULL,
  secrets_dropped SMALLINT      NOT NULL,
  order_id        VARCHAR(512),
  order_json      TEXT,
  lease_owner     VARCHAR(512),
  lease_until     BIGINT,
  attempts        INTEGER       NOT NULL,
  created_at      BIGINT        NOT NULL,
  updated_at      BIGINT        NOT NULL
);

CREATE INDEX journal_order_status ON journal_order (status, updated_at);
CREATE INDEX journal_order_provider ON journal_order (provider_type, status);

CREATE TABLE journal_event (
  reference   VARCHAR(512) NOT NULL,
  seq         INTEGER      NOT NULL,
  recorded_at BIGINT       NOT NULL,
  kind        VARCHAR(64)  NOT NULL,
  step        VARCHAR(256),
  detail      TEXT,
  actor       VARCHAR(512),
  PRIMARY KEY (reference, seq)
);
