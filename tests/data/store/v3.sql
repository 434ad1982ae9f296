-- A dyad database at schema version 3, as dyad wrote it before version 4
-- (quotes and their speakers) came: two articles of our own, each with a
-- quote the store did not keep yet. Frozen: test_store.c and cli_store.sh
-- load it and open it, to see the upgrade to the current version keep
-- every row. Never edit it; an old version stays what it was.
PRAGMA application_id = 1685676388;
PRAGMA user_version = 3;
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE article (  id INTEGER PRIMARY KEY,  doc TEXT NOT NULL UNIQUE,  date TEXT NOT NULL,  source TEXT NOT NULL,  url TEXT NOT NULL,  title TEXT NOT NULL,  text TEXT NOT NULL,  file TEXT NOT NULL,  line INTEGER NOT NULL, ingest INTEGER REFERENCES ingest(id), sentences INTEGER NOT NULL DEFAULT 0, events INTEGER NOT NULL DEFAULT 0);
INSERT INTO article VALUES(1,'v3-1','2024-04-02','test wire','','Border talks','Kenya accused Somalia of shelling a border town on Monday. "We will not stand by," said Amina Okello, a senior adviser to the president.','a.jsonl',1,1,2,1);
INSERT INTO article VALUES(2,'v3-2','2024-04-05','test wire','','Trade','Chile signed a trade agreement with Peru on Friday. Trade minister Rosa Vidal said the deal would lower tariffs.','a.jsonl',2,1,2,2);
CREATE TABLE sentence (  article INTEGER NOT NULL REFERENCES article(id),  sent INTEGER NOT NULL,  byte_start INTEGER NOT NULL,  byte_end INTEGER NOT NULL,  kind TEXT NOT NULL,  PRIMARY KEY (article, sent)) WITHOUT ROWID;
INSERT INTO sentence VALUES(1,0,0,58,'body');
INSERT INTO sentence VALUES(1,1,59,136,'body');
INSERT INTO sentence VALUES(2,0,0,51,'body');
INSERT INTO sentence VALUES(2,1,52,112,'body');
CREATE TABLE event (  id INTEGER PRIMARY KEY,  article INTEGER NOT NULL REFERENCES article(id),  n INTEGER NOT NULL,  sent INTEGER NOT NULL,  date TEXT NOT NULL,  source TEXT NOT NULL,  target TEXT NOT NULL,  code TEXT NOT NULL,  root TEXT NOT NULL,  event_name TEXT NOT NULL,  goldstein REAL NOT NULL,  quad INTEGER NOT NULL,  plover TEXT NOT NULL,  modality TEXT NOT NULL,  quoted INTEGER NOT NULL,  source_text TEXT NOT NULL,  target_text TEXT NOT NULL,  verb TEXT NOT NULL,  pattern TEXT NOT NULL,  pattern_file TEXT NOT NULL,  pattern_line INTEGER NOT NULL,  source_entry TEXT NOT NULL,  target_entry TEXT NOT NULL, event_date TEXT NOT NULL DEFAULT '', date_precision TEXT NOT NULL DEFAULT '', date_text TEXT NOT NULL DEFAULT '', historical INTEGER NOT NULL DEFAULT 0, source_from TEXT NOT NULL DEFAULT '', target_from TEXT NOT NULL DEFAULT '', place TEXT NOT NULL DEFAULT '', place_region TEXT NOT NULL DEFAULT '', place_country TEXT NOT NULL DEFAULT '', place_country_name TEXT NOT NULL DEFAULT '', place_from TEXT NOT NULL DEFAULT '', place_lat REAL, place_lon REAL,  FOREIGN KEY (article, sent) REFERENCES sentence(article, sent));
INSERT INTO event VALUES(1,1,0,0,'2024-04-02','KEN','SOM','1123','11','Accuse of aggression',-2.0,3,'ACCUSE','asserted',0,'Kenya','Somalia','accused','accuse + of &AGGRESSION','/work/wt/store/data/dict/verbs.txt',291,'/work/wt/store/data/dict/countries.txt:174','/work/wt/store/data/dict/countries.txt:271','2024-04-02','day','',0,'','','','','','','',NULL,NULL);
INSERT INTO event VALUES(2,2,0,0,'2024-04-05','CHL','PER','057','05','Sign formal agreement',8.0,1,'SUPPORT','asserted',0,'Chile','Peru','signed','sign &AGREEMENT with +','/work/wt/store/data/dict/verbs.txt',186,'/work/wt/store/data/dict/countries.txt:83','/work/wt/store/data/dict/countries.txt:235','2024-04-05','day','on Friday',0,'','','','','','','',NULL,NULL);
INSERT INTO event VALUES(3,2,1,0,'2024-04-05','PER','CHL','057','05','Sign formal agreement',8.0,1,'SUPPORT','asserted',0,'Peru','Chile','signed','sign &AGREEMENT with +','/work/wt/store/data/dict/verbs.txt',186,'/work/wt/store/data/dict/countries.txt:235','/work/wt/store/data/dict/countries.txt:83','2024-04-05','day','on Friday',0,'','','','','','','',NULL,NULL);
CREATE TABLE ingest (  id INTEGER PRIMARY KEY,  started TEXT NOT NULL,  version TEXT NOT NULL,  dictionaries TEXT NOT NULL,  options TEXT NOT NULL);
INSERT INTO ingest VALUES(1,'2026-12-04T12:00:00Z','0.1.0','data/dict','');
CREATE INDEX article_date ON article(date);
CREATE INDEX event_article ON event(article, n);
CREATE INDEX event_date ON event(date);
CREATE INDEX event_dyad ON event(source, target, date);
COMMIT;
