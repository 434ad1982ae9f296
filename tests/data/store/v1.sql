-- A dyad database at schema version 1, as dyad wrote it before version 2
-- (ingest runs, per-article counts) came: two articles of our own, their
-- sentences and events. Frozen: test_store.c loads it and opens it, to see
-- the upgrade to the current version keep every row. Never edit it; an old
-- version stays what it was.
PRAGMA application_id = 1685676388;
PRAGMA user_version = 1;
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE article (  id INTEGER PRIMARY KEY,  doc TEXT NOT NULL UNIQUE,  date TEXT NOT NULL,  source TEXT NOT NULL,  url TEXT NOT NULL,  title TEXT NOT NULL,  text TEXT NOT NULL,  file TEXT NOT NULL,  line INTEGER NOT NULL);
INSERT INTO article VALUES(1,'old-1','2023-05-02','test wire','http://example.com/1','Spying row','Norway accused Sweden of spying on its embassy. The two countries have argued for weeks.','old.jsonl',1);
INSERT INTO article VALUES(2,'old-2','2023-05-09','test wire','','Trade','Chile signed a trade agreement with Peru on Tuesday.','old.jsonl',2);
CREATE TABLE sentence (  article INTEGER NOT NULL REFERENCES article(id),  sent INTEGER NOT NULL,  byte_start INTEGER NOT NULL,  byte_end INTEGER NOT NULL,  kind TEXT NOT NULL,  PRIMARY KEY (article, sent)) WITHOUT ROWID;
INSERT INTO sentence VALUES(1,0,0,47,'body');
INSERT INTO sentence VALUES(1,1,48,88,'body');
INSERT INTO sentence VALUES(2,0,0,52,'body');
CREATE TABLE event (  id INTEGER PRIMARY KEY,  article INTEGER NOT NULL REFERENCES article(id),  n INTEGER NOT NULL,  sent INTEGER NOT NULL,  date TEXT NOT NULL,  source TEXT NOT NULL,  target TEXT NOT NULL,  code TEXT NOT NULL,  root TEXT NOT NULL,  event_name TEXT NOT NULL,  goldstein REAL NOT NULL,  quad INTEGER NOT NULL,  plover TEXT NOT NULL,  modality TEXT NOT NULL,  quoted INTEGER NOT NULL,  source_text TEXT NOT NULL,  target_text TEXT NOT NULL,  verb TEXT NOT NULL,  pattern TEXT NOT NULL,  pattern_file TEXT NOT NULL,  pattern_line INTEGER NOT NULL,  source_entry TEXT NOT NULL,  target_entry TEXT NOT NULL,  FOREIGN KEY (article, sent) REFERENCES sentence(article, sent));
INSERT INTO event VALUES(1,1,0,0,'2023-05-02','NOR','SWE','1125','11','Accuse of espionage, treason',-2.0,3,'ACCUSE','asserted',0,'Norway','Sweden','accused','accuse + of spy on','data/dict/verbs.txt',270,'data/dict/countries.txt:227','data/dict/countries.txt:279');
INSERT INTO event VALUES(2,2,0,0,'2023-05-09','CHL','PER','057','05','Sign formal agreement',8.0,1,'SUPPORT','asserted',0,'Chile','Peru','signed','sign &AGREEMENT with +','data/dict/verbs.txt',167,'data/dict/countries.txt:83','data/dict/countries.txt:235');
INSERT INTO event VALUES(3,2,1,0,'2023-05-09','PER','CHL','057','05','Sign formal agreement',8.0,1,'SUPPORT','asserted',0,'Peru','Chile','signed','sign &AGREEMENT with +','data/dict/verbs.txt',167,'data/dict/countries.txt:235','data/dict/countries.txt:83');
CREATE INDEX article_date ON article(date);
CREATE INDEX event_article ON event(article, n);
CREATE INDEX event_date ON event(date);
CREATE INDEX event_dyad ON event(source, target, date);
COMMIT;
