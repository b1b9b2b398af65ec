<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ArchiveExtractor</name>
    <message>
        <location filename="../model/fetch/archiveextractor.cpp" line="+52"/>
        <source>an entry without a name</source>
        <translation>ein Eintrag ohne Namen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an absolute path</source>
        <translation>ein absoluter Pfad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a path that leaves its folder (..)</source>
        <translation>ein Pfad, der seinen Ordner verlässt (..)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a hard link</source>
        <translation>ein harter Link</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a symbolic link</source>
        <translation>ein symbolischer Link</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a device or other special file</source>
        <translation>ein Gerät oder eine andere Spezialdatei</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: cannot read the archive: %2</source>
        <translation>%1: Das Archiv kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1: the archive is damaged or not a .tar, .tar.gz or .zip after %n entries: %2</source>
        <translation>
            <numerusform>%1: Das Archiv ist nach %n Eintrag beschädigt oder kein .tar, .tar.gz oder .zip: %2</numerusform>
            <numerusform>%1: Das Archiv ist nach %n Einträgen beschädigt oder kein .tar, .tar.gz oder .zip: %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: more than %2 entries; extraction stopped</source>
        <translation>%1: mehr als %2 Einträge; das Entpacken wurde beendet</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+88"/>
        <source>the archive unpacks to more than %1 MB; extraction stopped (see --max-unpacked)</source>
        <translation>Das Archiv ergibt entpackt mehr als %1 MB; das Entpacken wurde beendet (siehe --max-unpacked)</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>the entry holds %1 bytes, more than the limit of %2</source>
        <translation>der Eintrag enthält %1 Bytes, mehr als die Grenze von %2</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>the archive is damaged in this entry: %1</source>
        <translation>das Archiv ist in diesem Eintrag beschädigt: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>more than the limit of %1 bytes</source>
        <translation>mehr als die Grenze von %1 Bytes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it unpacks to more than %1 times its packed size (a zip bomb?)</source>
        <translation>entpackt ist er mehr als %1-mal so groß wie gepackt (eine Zip-Bombe?)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>cannot rename %1 to %2</source>
        <translation>%1 kann nicht in %2 umbenannt werden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: the disk is nearly full (%2 MB free); extraction stopped</source>
        <translation>%1: Der Datenträger ist fast voll (%2 MB frei); das Entpacken wurde beendet</translation>
    </message>
</context>
<context>
    <name>ArchiveFetch</name>
    <message>
        <location filename="../model/fetch/archivefetch.cpp" line="+40"/>
        <source>%1: only http and https archives are downloaded</source>
        <translation>%1: Nur http- und https-Archive werden heruntergeladen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: no such archive file</source>
        <translation>%1: Archivdatei nicht gefunden</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>cannot download the archive %1: %2 (%3)</source>
        <translation>Das Archiv %1 kann nicht heruntergeladen werden: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>BulkLabelCommand</name>
    <message numerus="yes">
        <location filename="../ui/session/bulklabelcommand.cpp" line="+12"/>
        <source>label %n pair(s) as %1</source>
        <translation>
            <numerusform>%n Paar als %1 labeln</numerusform>
            <numerusform>%n Paare als %1 labeln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkPrediction</name>
    <message>
        <location filename="../model/inference/bulkprediction.cpp" line="+53"/>
        <source>the model returned %1 predictions for %2 pairs</source>
        <translation>das Modell hat %1 Vorhersagen für %2 Paare geliefert</translation>
    </message>
</context>
<context>
    <name>Checkpoint</name>
    <message>
        <location filename="../model/modelfile/checkpoint.cpp" line="+80"/>
        <location line="+11"/>
        <source>%1: cannot open the model file: %2</source>
        <translation>%1: Die Modelldatei kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: the model file is corrupt or truncated (its sections do not match its size)</source>
        <translation>%1: die Modelldatei ist beschädigt oder abgeschnitten (ihre Abschnitte passen nicht zu ihrer Größe)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: not an Entail Studio model file</source>
        <translation>%1: keine Modelldatei von Entail Studio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the model file is truncated</source>
        <translation>%1: Die Modelldatei ist abgeschnitten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: model file format %2 is not supported by this version (it reads format %3); retrain the model or use a matching version of Entail Studio</source>
        <translation>%1: Das Modelldateiformat %2 wird von dieser Version nicht unterstützt (sie liest Format %3); trainieren Sie das Modell neu oder verwenden Sie eine passende Version von Entail Studio</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: the model file is corrupt or truncated (checksum mismatch)</source>
        <translation>%1: Die Modelldatei ist beschädigt oder abgeschnitten (Prüfsumme stimmt nicht)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1: the model file is damaged (missing or malformed sections)</source>
        <translation>%1: Die Modelldatei ist beschädigt (fehlende oder fehlerhafte Abschnitte)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the model&apos;s labels (%2) differ from this program&apos;s (%3)</source>
        <translation>%1: Die Labels des Modells (%2) unterscheiden sich von denen dieses Programms (%3)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli_evaluate.cpp" line="+22"/>
        <source>model: %1</source>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pairs: %1</source>
        <translation>Paare: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accuracy: %1</source>
        <translation>Genauigkeit: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>macro-F1: %1</source>
        <translation>Makro-F1: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weighted-F1: %1</source>
        <translation>gewichteter F1: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected calibration error: %1</source>
        <translation>erwarteter Kalibrierungsfehler: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recall</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>support</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>confusion matrix (rows = true label, columns = predicted):</source>
        <translation>Konfusionsmatrix (Zeilen = wahres Label, Spalten = vorhergesagt):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Evaluate a model on a labeled CSV.</source>
        <translation>Ein Modell auf einer gelabelten CSV-Datei bewerten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>usage: entail evaluate --model MODEL --data FILE.csv [--images DIR] [--device cpu|cuda] [--json]</source>
        <translation>Aufruf: entail evaluate --model MODELL --data DATEI.csv [--images ORDNER] [--device cpu|cuda] [--json]</translation>
    </message>
    <message>
        <location filename="../app/predictioninput.cpp" line="+28"/>
        <source>Model file.</source>
        <translation>Modelldatei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli_train.cpp" line="+31"/>
        <location line="+16"/>
        <source>MODEL</source>
        <translation>MODELL</translation>
    </message>
    <message>
        <location filename="../app/cli_evaluate.cpp" line="-1"/>
        <location filename="../app/cli_labelissues.cpp" line="+120"/>
        <source>Labeled CSV (tweets schema).</source>
        <translation>Gelabelte CSV-Datei (Tweet-Schema).</translation>
    </message>
    <message>
        <location filename="../app/predictioninput.cpp" line="-15"/>
        <source>Where the network runs: cpu, cuda or cuda:N.</source>
        <translation>Wo das Netz rechnet: cpu, cuda oder cuda:N.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DEVICE</source>
        <translation>GERÄT</translation>
    </message>
    <message>
        <location filename="../app/cli_project.cpp" line="+69"/>
        <location line="+92"/>
        <location line="+6"/>
        <location line="+4"/>
        <location line="+127"/>
        <location filename="../app/cli_team.cpp" line="+71"/>
        <location filename="../app/cli_assign.cpp" line="+120"/>
        <location filename="../app/predictioninput.cpp" line="+15"/>
        <location filename="../app/cli_calibrate.cpp" line="+50"/>
        <location filename="../app/cli_demo.cpp" line="+19"/>
        <location filename="../app/cli_fetch.cpp" line="+95"/>
        <location filename="../app/cli_labelissues.cpp" line="+0"/>
        <location line="+2"/>
        <location line="+7"/>
        <location filename="../app/cli_predict.cpp" line="+29"/>
        <location line="+5"/>
        <location filename="../app/cli_predictproject.cpp" line="+31"/>
        <location filename="../app/cli_train.cpp" line="-20"/>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+12"/>
        <location line="+2"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="-232"/>
        <location filename="../app/predictioninput.cpp" line="+1"/>
        <location filename="../app/cli_labelissues.cpp" line="-6"/>
        <location filename="../app/cli_train.cpp" line="-15"/>
        <source>Folder holding &lt;id&gt;.&lt;ext&gt; images.</source>
        <translation>Ordner mit den Bildern &lt;id&gt;.&lt;ext&gt;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/predictioninput.cpp" line="+1"/>
        <location filename="../app/cli_labelissues.cpp" line="+0"/>
        <location filename="../app/cli_train.cpp" line="+0"/>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <location filename="../app/cli_evaluate.cpp" line="+3"/>
        <source>Print JSON (accuracy, macro_f1, per_class, confusion).</source>
        <translation>JSON ausgeben (accuracy, macro_f1, per_class, confusion).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: no labeled pairs to evaluate</source>
        <translation>%1: keine gelabelten Paare zum Bewerten</translation>
    </message>
    <message>
        <location filename="../app/predictioninput.cpp" line="+39"/>
        <source>predicted %1/%2</source>
        <translation>%1/%2 vorhergesagt</translation>
    </message>
    <message>
        <location filename="../app/cli_engine.cpp" line="+43"/>
        <source>entail: %1 is missing; reinstall Entail Studio</source>
        <translation>entail: %1 fehlt; installieren Sie Entail Studio neu</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>entail: cannot run %1: %2</source>
        <translation>entail: %1 kann nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/cli_evaluate.cpp" line="+26"/>
        <source>metrics of a model on a labeled CSV</source>
        <translation>Kennzahlen eines Modells auf einer gelabelten CSV-Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli_predict.cpp" line="+27"/>
        <source>predict the pairs of a CSV or a project</source>
        <translation>die Paare einer CSV-Datei oder eines Projekts vorhersagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli_fetch.cpp" line="+45"/>
        <source>download the images from their URLs or an archive</source>
        <translation>die Bilder von ihren URLs oder aus einem Archiv laden</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli_calibrate.cpp" line="+42"/>
        <source>fit a model version&apos;s temperature on the validation split</source>
        <translation>die Temperatur einer Modellversion auf der Validierungsmenge anpassen</translation>
    </message>
    <message>
        <location filename="../app/cli_predict.cpp" line="-37"/>
        <source>Predict every pair of a CSV; writes id_1, id_2, one probability per label and the predicted label.</source>
        <translation>Jedes Paar einer CSV-Datei vorhersagen; schreibt id_1, id_2, eine Wahrscheinlichkeit je Label und das vorhergesagte Label.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (tweets schema; labels optional).</source>
        <translation>CSV-Datei (Tweet-Schema; Labels optional).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>usage: entail predict --model MODEL --data FILE.csv [--images DIR] [--device cpu|cuda] --out preds.csv
       entail predict --project FILE.entail [--device cpu|cuda]</source>
        <translation>Aufruf: entail predict --model MODELL --data DATEI.csv [--images VERZ] [--device cpu|cuda] --out preds.csv
        entail predict --project DATEI.entail [--device cpu|cuda]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Predictions CSV to write.</source>
        <translation>Zu schreibende CSV-Datei mit den Vorhersagen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instead of --model, --data and --out: predict every pair of this project with its active model, in batches, and store the predictions in it.</source>
        <translation>Statt --model, --data und --out: jedes Paar dieses Projekts stapelweise mit seinem aktiven Modell vorhersagen und die Vorhersagen darin speichern.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: %2 predictions written</source>
        <translation>%1: %2 Vorhersagen geschrieben</translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="+87"/>
        <source>%1: %2 pairs: %3 NoEntailment, %4 Implies, %5 Contradictory, %6 unlabeled</source>
        <translation>%1: %2 Paare: %3 Keine Folgerung, %4 Impliziert, %5 Widersprüchlich, %6 ohne Label</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>images: %1 found, %2 missing</source>
        <translation>Bilder: %1 gefunden, %2 fehlen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>splits: %1 train, %2 validation, %3 test</source>
        <translation>Aufteilung: %1 Training, %2 Validierung, %3 Test</translation>
    </message>
    <message>
        <location filename="../app/cli_project.cpp" line="-3"/>
        <source>Import a tweets CSV into a new project file.</source>
        <translation>Eine Tweet-CSV-Datei in eine neue Projektdatei importieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV file in the tweets schema.</source>
        <translation>CSV-Datei im Tweet-Schema.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Project file to create (*.entail).</source>
        <translation>Zu erstellende Projektdatei (*.entail).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name recorded in the log.</source>
        <translation>Name, der im Protokoll vermerkt wird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli_team.cpp" line="-1"/>
        <location filename="../app/cli_assign.cpp" line="+3"/>
        <location line="+34"/>
        <location filename="../app/cli_train.cpp" line="+3"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept image paths outside the CSV&apos;s folder and the images folder.</source>
        <translation>Bildpfade außerhalb des CSV-Ordners und des Bilderordners zulassen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>usage: entail import &lt;csv&gt; [--images DIR] --project FILE</source>
        <translation>Aufruf: entail import &lt;csv&gt; [--images ORDNER] --project DATEI</translation>
    </message>
    <message>
        <location line="+81"/>
        <location line="+137"/>
        <location filename="../app/cli_team.cpp" line="-1"/>
        <location line="+88"/>
        <location filename="../app/cli_assign.cpp" line="-38"/>
        <location line="+37"/>
        <source>Project file, or a server project postgresql://USER@HOST[:PORT]/DATABASE?project=NAME.</source>
        <translation>Projektdatei oder ein Serverprojekt postgresql://USER@HOST[:PORT]/DATABASE?project=NAME.</translation>
    </message>
    <message>
        <location line="-137"/>
        <location line="+137"/>
        <location filename="../app/cli_team.cpp" line="-88"/>
        <location line="+88"/>
        <location filename="../app/cli_assign.cpp" line="-37"/>
        <location line="+37"/>
        <source>PROJECT</source>
        <translation>PROJEKT</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>usage: entail project check --project FILE | entail project backup --project FILE --out FILE | entail project copy SOURCE TARGET</source>
        <translation>Aufruf: entail project check --project DATEI | entail project backup --project DATEI --out DATEI | entail project copy QUELLE ZIEL</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: %2 rows</source>
        <translation>%1: %2 Zeilen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 copied to %2</source>
        <translation>%1 nach %2 kopiert</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>check, back up or copy a project (file or server)</source>
        <translation>ein Projekt prüfen, sichern oder kopieren (Datei oder Server)</translation>
    </message>
    <message>
        <location line="-282"/>
        <location filename="../app/cli_demo.cpp" line="+17"/>
        <source>%1: the project exists already; choose a new file name</source>
        <translation>%1: Das Projekt existiert bereits; wählen Sie einen neuen Dateinamen</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>warning: %1: no such images folder; images will be marked missing</source>
        <translation>Warnung: %1: Bilderordner nicht gefunden; die Bilder werden als fehlend markiert</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1: created on the server</source>
        <translation>%1: auf dem Server angelegt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>imported %1 pairs (%2%), %3 pairs/s, about %4 s left</source>
        <translation>%1 Paare importiert (%2 %), %3 Paare/s, noch etwa %4 s</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export the current labels as CSV (import schema) or JSONL.</source>
        <translation>Die aktuellen Labels als CSV (Import-Schema) oder JSONL exportieren.</translation>
    </message>
    <message>
        <location filename="../app/cli_fetch.cpp" line="-109"/>
        <source>images folder: %1</source>
        <translation>Bilderordner: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already present: %1</source>
        <translation>schon vorhanden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not tried again (failed before; --retry-failed tries them): %1</source>
        <translation>nicht erneut versucht (schon gescheitert; --retry-failed versucht sie): %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no image and no URL: %1</source>
        <translation>kein Bild und keine URL: %1</translation>
    </message>
    <message>
        <location filename="../app/cli_calibrate.cpp" line="-42"/>
        <location filename="../app/cli_fetch.cpp" line="+57"/>
        <source>Project file.</source>
        <translation>Projektdatei.</translation>
    </message>
    <message>
        <location filename="../app/cli_fetch.cpp" line="-74"/>
        <source>usage: entail fetch-images --project FILE [--archive FILE|URL] [--jobs N] [--retry-failed] [--timeout S] [--max-unpacked MB] [--failures OUT.csv]</source>
        <translation>Aufruf: entail fetch-images --project DATEI [--archive DATEI|URL] [--jobs N] [--retry-failed] [--timeout S] [--max-unpacked MB] [--failures AUSGABE.csv]</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>archive entries of no missing image (skipped): %1</source>
        <translation>Archiveinträge ohne fehlendes Bild (übersprungen): %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing images the archive does not hold: %1</source>
        <translation>fehlende Bilder, die das Archiv nicht enthält: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>failure list: %1 (%2 images)</source>
        <translation>Fehlerliste: %1 (%2 Bilder)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Download the tweets&apos; images from the URLs in a project, or take them from an archive.</source>
        <translation>Die Bilder der Tweets von den URLs in einem Projekt herunterladen oder aus einem Archiv übernehmen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take the images from this .tar.gz, .tar or .zip (file or URL).</source>
        <translation>Die Bilder aus diesem .tar.gz, .tar oder .zip übernehmen (Datei oder URL).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE|URL</source>
        <translation>DATEI|URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the images that are not ok to this CSV.</source>
        <translation>Die Bilder, die nicht in Ordnung sind, in diese CSV-Datei schreiben.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OUT.csv</source>
        <translation>AUSGABE.csv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transfers at once (at most 4 to one host).</source>
        <translation>Gleichzeitige Übertragungen (höchstens 4 zu einem Server).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again the images that failed before.</source>
        <translation>Die zuvor gescheiterten Bilder erneut versuchen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds per transfer.</source>
        <translation>Sekunden pro Übertragung.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Megabytes an archive may unpack to.</source>
        <translation>Höchstgröße eines entpackten Archivs in Megabytes.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>fetched %1/%2 (%3 MB)</source>
        <translation>geladen %1/%2 (%3 MB)</translation>
    </message>
    <message>
        <location filename="../app/cli_project.cpp" line="+2"/>
        <source>FILE.csv or FILE.jsonl.</source>
        <translation>DATEI.csv oder DATEI.jsonl.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write absolute image paths (default: relative to the output&apos;s folder).</source>
        <translation>Absolute Bildpfade schreiben (Standard: relativ zum Ordner der Ausgabe).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Also write every annotator&apos;s label of each pair (entail label) to FILE.csv.</source>
        <translation>Auch das Label jedes Annotators für jedes Paar (entail label) in DATEI.csv schreiben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>usage: entail export --project FILE [--out FILE.csv|FILE.jsonl] [--absolute-paths] [--reviews FILE.csv] [--annotations FILE.csv]</source>
        <translation>Aufruf: entail export --project DATEI [--out DATEI.csv|DATEI.jsonl] [--absolute-paths] [--reviews DATEI.csv] [--annotations DATEI.csv]</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: the output must end in .csv or .jsonl</source>
        <translation>%1: Die Ausgabedatei muss auf .csv oder .jsonl enden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 pairs written</source>
        <translation>%1: %2 Paare geschrieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>note: the images lie outside the output&apos;s folder; import with --images %1</source>
        <translation>Hinweis: Die Bilder liegen außerhalb des Ordners der Ausgabe; beim Import --images %1 angeben</translation>
    </message>
    <message>
        <location filename="../app/cli_demo.cpp" line="-18"/>
        <source>Generate the built-in demo project (synthetic tweets and images).</source>
        <translation>Das eingebaute Demoprojekt erzeugen (synthetische Tweets und Bilder).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project file to create.</source>
        <translation>Zu erstellende Projektdatei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of pairs.</source>
        <translation>Anzahl der Paare.</translation>
    </message>
    <message>
        <location filename="../app/cli_labelissues.cpp" line="-86"/>
        <source>label issues: %1 labeled pairs, %2 folds x %3 rounds, %4 s</source>
        <translation>Labelfehler: %1 gelabelte Paare, %2 Folds x %3 Runden, %4 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>estimated noise matrix (rows = given label, columns = estimated true label, pairs):</source>
        <translation>geschätzte Rauschmatrix (Zeilen = vergebenes Label, Spalten = geschätztes wahres Label, Paare):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>likely label issues per given label:</source>
        <translation>wahrscheinliche Labelfehler je vergebenem Label:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--folds: %1 is not a whole number from 2 to 100</source>
        <translation>--folds: %1 ist keine ganze Zahl von 2 bis 100</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--seed: %1 is not a non-negative whole number</source>
        <translation>--seed: %1 ist keine nichtnegative ganze Zahl</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: the project is read-only; the scores could not be stored</source>
        <translation>%1: Das Projekt ist schreibgeschützt; die Werte konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Rank labeled pairs by how likely their label is wrong (out-of-fold confident learning).</source>
        <translation>Gelabelte Paare danach ordnen, wie wahrscheinlich ihr Label falsch ist (Out-of-Fold Confident Learning).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Project file; the result is stored in it.</source>
        <translation>Projektdatei; das Ergebnis wird darin gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of folds (default 5).</source>
        <translation>Anzahl der Folds (Standard 5).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed of the fold assignment (default 0).</source>
        <translation>Startwert der Fold-Zuteilung (Standard 0).</translation>
    </message>
    <message>
        <location filename="../app/cli_demo.cpp" line="+0"/>
        <location line="+2"/>
        <location filename="../app/cli_fetch.cpp" line="-25"/>
        <location filename="../app/cli_labelissues.cpp" line="+1"/>
        <location filename="../app/cli_train.cpp" line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+1"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cli_labelissues.cpp" line="+1"/>
        <source>Write the ranking CSV here instead of stdout.</source>
        <translation>Die Rangliste als CSV hierhin statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>usage: entail label-issues --data FILE.csv|--project FILE [--images DIR] [--folds K] [--seed N] [--out ranking.csv]</source>
        <translation>Aufruf: entail label-issues --data DATEI.csv|--project DATEI [--images ORDNER] [--folds K] [--seed N] [--out rangliste.csv]</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>fold rounds %1/%2</source>
        <translation>Fold-Runden %1/%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: too few labeled pairs for %2 folds</source>
        <translation>%1: zu wenige gelabelte Paare für %2 Folds</translation>
    </message>
    <message>
        <location filename="../app/cli_engine.cpp" line="+2"/>
        <location filename="../app/cli_labelissues.cpp" line="+11"/>
        <source>rank labeled pairs by how likely their label is wrong</source>
        <translation>gelabelte Paare danach ordnen, wie wahrscheinlich ihr Label falsch ist</translation>
    </message>
    <message>
        <location filename="../app/cli_demo.cpp" line="+0"/>
        <location filename="../app/cli_train.cpp" line="-3"/>
        <source>Random seed.</source>
        <translation>Zufallsstartwert (Seed).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>usage: entail demo --project FILE [--pairs N] [--seed N]</source>
        <translation>Aufruf: entail demo --project DATEI [--pairs N] [--seed N]</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 deliberately wrong labels recorded</source>
        <translation>%1 absichtlich falsche Labels vermerkt</translation>
    </message>
    <message>
        <location filename="../app/cli_project.cpp" line="-54"/>
        <source>Also write the review history (skipped, unsure, label is right, comments) to FILE.csv.</source>
        <translation>Auch den Prüfverlauf (übersprungen, unsicher, Label ist richtig, Kommentare) in DATEI.csv schreiben.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1: %2 review entries written</source>
        <translation>%1: %2 Prüfeinträge geschrieben</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2 annotator labels written</source>
        <translation>%1: %2 Annotator-Labels geschrieben</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Check a project file for damage.</source>
        <translation>Eine Projektdatei auf Schäden prüfen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a consistent single-file copy of a project, also while it is open elsewhere.</source>
        <translation>Eine konsistente Kopie eines Projekts in einer Datei schreiben, auch während es anderswo geöffnet ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup file to create.</source>
        <translation>Zu erstellende Sicherungsdatei.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: no damage found (%2 pairs)</source>
        <translation>%1: keine Schäden gefunden (%2 Paare)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: backup of %2 written (%3 pairs)</source>
        <translation>%1: Sicherung von %2 geschrieben (%3 Paare)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>import a CSV into a new project</source>
        <translation>eine CSV-Datei in ein neues Projekt importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export current labels (CSV/JSONL)</source>
        <translation>die aktuellen Labels exportieren (CSV/JSONL)</translation>
    </message>
    <message>
        <location filename="../app/cli_engine.cpp" line="+1"/>
        <location filename="../app/cli_demo.cpp" line="+5"/>
        <source>create the built-in demo project</source>
        <translation>das eingebaute Demoprojekt erstellen</translation>
    </message>
    <message>
        <location filename="../app/cli_train.cpp" line="+46"/>
        <source>%1: %2 pairs, accuracy %3, macro-F1 %4 (F1: Contradictory %5, Implies %6, NoEntailment %7)</source>
        <translation>%1: %2 Paare, Genauigkeit %3, Makro-F1 %4 (F1: Widersprüchlich %5, Impliziert %6, Keine Folgerung %7)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>epoch %1/%2  batch %3/%4  loss %5  ETA %6 s   </source>
        <translation>Epoche %1/%2  Batch %3/%4  Loss %5  noch %6 s   </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Train an entailment model. Progress goes to stderr.</source>
        <translation>Ein Folgerungsmodell trainieren. Der Fortschritt wird auf stderr ausgegeben.</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Training CSV (tweets schema).</source>
        <translation>Trainings-CSV-Datei (Tweet-Schema).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project file (its labels and splits).</source>
        <translation>Projektdatei (mit ihren Labels und ihrer Aufteilung).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Validation CSV (early stopping).</source>
        <translation>Validierungs-CSV-Datei (für frühes Stoppen).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model file to write.</source>
        <translation>Zu schreibende Modelldatei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ce, weighted or focal.</source>
        <translation>ce, weighted oder focal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum epochs (0 = default).</source>
        <translation>Höchstzahl an Epochen (0 = Standard).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Peak learning rate (0 = default).</source>
        <translation>Maximale Lernrate (0 = Standard).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch size.</source>
        <translation>Batchgröße.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Early-stopping patience in epochs.</source>
        <translation>Geduld des frühen Stoppens in Epochen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TorchScript image encoder (see README).</source>
        <translation>TorchScript-Bildencoder (siehe README).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TorchScript text encoder (see README).</source>
        <translation>TorchScript-Textencoder (siehe README).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Train only the heads, on cached encoder outputs.</source>
        <translation>Nur die Köpfe trainieren, auf zwischengespeicherten Encoder-Ausgaben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text only: treat images as missing.</source>
        <translation>Nur Text: Bilder als fehlend behandeln.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fine-tune this model.</source>
        <translation>Dieses Modell feinabstimmen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shift each class&apos;s logit by -ALPHA * log(its training share) at prediction time (0 = none, 1 = balanced; ce and focal losses).</source>
        <translation>Verschiebt den Logit jeder Klasse bei der Vorhersage um -ALPHA * log(ihr Anteil im Training) (0 = keine, 1 = ausgeglichen; Verluste ce und focal).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ALPHA</source>
        <translation>ALPHA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --project and no --out: make the new version the active model.</source>
        <translation>Mit --project und ohne --out: die neue Version zum aktiven Modell machen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cross-validate with K folds instead (no model written).</source>
        <translation>Stattdessen mit K Teilmengen kreuzvalidieren (es wird kein Modell geschrieben).</translation>
    </message>
    <message>
        <location filename="../app/cli_assign.cpp" line="-130"/>
        <source>usage: entail team assign --project PROJECT (--from FILE [--annotator NAME] | --annotators A,B,C [--per-pair K])
       entail team unassign --project PROJECT --annotator NAME</source>
        <translation>Aufruf: entail team assign --project PROJEKT (--from DATEI [--annotator NAME] | --annotators A,B,C [--per-pair K])
       entail team unassign --project PROJEKT --annotator NAME</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: the project is read-only; nothing was assigned</source>
        <translation>%1: Das Projekt ist schreibgeschützt; nichts wurde zugewiesen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1:%2: the row names no annotator</source>
        <translation>%1:%2: Die Zeile nennt keinen Annotator</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%1 assignments written for %n annotator(s), %2 of them new</source>
        <translation>
            <numerusform>%1 Zuweisungen für %n Annotator geschrieben, davon %2 neu</numerusform>
            <numerusform>%1 Zuweisungen für %n Annotatoren geschrieben, davon %2 neu</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Assign pairs to annotators: a pair assigned to an annotator is in their queue until they have labelled it. Needs a reviewer or owner on a server project.</source>
        <translation>Paare Annotatoren zuweisen: Ein zugewiesenes Paar steht in der Warteschlange des Annotators, bis er es gelabelt hat. Auf einem Server-Projekt nur für Reviewer oder Eigentümer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CSV with id_1, id_2, annotator.</source>
        <translation>CSV mit id_1, id_2, annotator.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deal every pair that is not adjudicated among these annotators, round robin.</source>
        <translation>Jedes nicht entschiedene Paar reihum an diese Annotatoren verteilen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A,B,C</source>
        <translation>A,B,C</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli_labelissues.cpp" line="-45"/>
        <location filename="../app/cli_train.cpp" line="+0"/>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>With --annotators: annotators per pair (default: the labels the project wants per pair, at most the number of annotators).</source>
        <translation>Mit --annotators: Annotatoren je Paar (Standard: die Labels, die das Projekt je Paar verlangt, höchstens die Zahl der Annotatoren).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --from: assign the file&apos;s pairs to NAME (rows naming another annotator are skipped).</source>
        <translation>Mit --from: die Paare der Datei NAME zuweisen (Zeilen mit einem anderen Annotator werden übersprungen).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Take back every assignment of an annotator (their labels stay).</source>
        <translation>Alle Zuweisungen eines Annotators zurücknehmen (seine Labels bleiben).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whose assignments.</source>
        <translation>Wessen Zuweisungen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 assignments of %2 taken back</source>
        <translation>%1 Zuweisungen von %2 zurückgenommen</translation>
    </message>
    <message>
        <location filename="../app/cli_train.cpp" line="+21"/>
        <source>usage: entail train --data FILE.csv|--project FILE [--images DIR] [--val FILE.csv] --out MODEL [--loss ce|weighted|focal] [--epochs N] [--seed N] [--cv K] [--device cpu|cuda]
       entail train --project FILE [--activate] ...   (no --out: a new model version of the project)</source>
        <translation>Aufruf: entail train --data DATEI.csv|--project DATEI [--images ORDNER] [--val DATEI.csv] --out MODELL [--loss ce|weighted|focal] [--epochs N] [--seed N] [--cv K] [--device cpu|cuda]
       entail train --project DATEI [--activate] ...   (ohne --out: eine neue Modellversion des Projekts)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>epoch %1: train loss %2, validation loss %3, validation macro-F1 %4, accuracy %5, %6 s, ETA %7 s</source>
        <translation>Epoche %1: Trainingsverlust %2, Validierungsverlust %3, Validierungs-Makro-F1 %4, Genauigkeit %5, %6 s, Restzeit %7 s</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>unknown loss &apos;%1&apos; (expected ce, weighted or focal)</source>
        <translation>unbekannte Loss-Funktion „%1“ (erwartet: ce, weighted oder focal)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: not a regular file</source>
        <translation>%1: keine reguläre Datei</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>entail train: %1: the project is read-only here, so a new version cannot be recorded</source>
        <translation>entail train: %1: Das Projekt ist hier schreibgeschützt, daher kann keine neue Version gespeichert werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+12"/>
        <location line="+5"/>
        <location line="+21"/>
        <location line="+26"/>
        <source>entail train: %1</source>
        <translation>entail train: %1</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>%1: version %2 recorded and active (%3; best epoch %4, %5 s)</source>
        <translation>%1: Version %2 gespeichert und aktiv (%3; beste Epoche %4, %5 s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: version %2 recorded (%3; best epoch %4, %5 s)</source>
        <translation>%1: Version %2 gespeichert (%3; beste Epoche %4, %5 s)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: written (best epoch %2, %3 s)</source>
        <translation>%1: geschrieben (beste Epoche %2, %3 s)</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+18"/>
        <source>validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+18"/>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>fold %1 test (best epoch %2)</source>
        <translation>Teilmenge %1 Test (beste Epoche %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>pooled</source>
        <translation>zusammengefasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>macro-F1 %1 ± %2, accuracy %3 ± %4 over %5 folds (%6 s)</source>
        <translation>Makro-F1 %1 ± %2, Genauigkeit %3 ± %4 über %5 Teilmengen (%6 s)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The same test predictions under other prior corrections (--prior-correction):</source>
        <translation>Dieselben Testvorhersagen mit anderen Prior-Korrekturen (--prior-correction):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  alpha %1: accuracy %2, macro-F1 %3, F1 %4 / %5 / %6</source>
        <translation>  Alpha %1: Genauigkeit %2, Makro-F1 %3, F1 %4 / %5 / %6</translation>
    </message>
    <message>
        <location filename="../app/cli_engine.cpp" line="-9"/>
        <location filename="../app/cli_train.cpp" line="+10"/>
        <source>train a model (or cross-validate)</source>
        <translation>ein Modell trainieren (oder kreuzvalidieren)</translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="-37"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location filename="../app/climain.cpp" line="+21"/>
        <source>Usage: entail &lt;command&gt; [options]   (entail &lt;command&gt; --help for details)</source>
        <translation>Aufruf: entail &lt;Befehl&gt; [Optionen]   (Einzelheiten mit entail &lt;Befehl&gt; --help)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>entail: internal error: %1</source>
        <translation>entail: interner Fehler: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>entail: unknown command &apos;%1&apos;</source>
        <translation>entail: unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli_team.cpp" line="-116"/>
        <source>%1: the project is read-only; no label was written</source>
        <translation>%1: Das Projekt ist schreibgeschützt; es wurde kein Label geschrieben</translation>
    </message>
    <message>
        <source>%1:1: the header needs the columns id_1, id_2 and label</source>
        <translation type="vanished">%1:1: Die Kopfzeile braucht die Spalten id_1, id_2 und label</translation>
    </message>
    <message>
        <location filename="../app/clipairrows.cpp" line="+40"/>
        <source>%1:1: the header needs the columns id_1, id_2 and %2</source>
        <translation>%1:1: Die Kopfzeile braucht die Spalten id_1, id_2 und %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1:%2: %3 fields, the header has %4</source>
        <translation>%1:%2: %3 Felder, die Kopfzeile hat %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1:%2: no pair %3 / %4 in the project</source>
        <translation>%1:%2: kein Paar %3 / %4 im Projekt</translation>
    </message>
    <message>
        <location filename="../app/cli_team.cpp" line="+16"/>
        <source>%1:%2: unknown label &quot;%3&quot; (Contradictory, Implies or NoEntailment)</source>
        <translation>%1:%2: unbekanntes Label „%3“ (Contradictory, Implies oder NoEntailment)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Record one annotator&apos;s labels from a CSV with the columns id_1, id_2 and label.</source>
        <translation>Die Labels eines Annotators aus einer CSV-Datei mit den Spalten id_1, id_2 und label vermerken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who labelled.</source>
        <translation>Wer gelabelt hat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV with id_1, id_2, label.</source>
        <translation>CSV-Datei mit id_1, id_2, label.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1:%2: %3 (the %4 rows before it are saved)</source>
        <translation>%1:%2: %3 (die %4 Zeilen davor sind gespeichert)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>labelled %1/%2</source>
        <translation>%1/%2 gelabelt</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Print the latency of one label (median and 99th percentile).</source>
        <translation>Die Latenz eines Labels ausgeben (Median und 99. Perzentil).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>usage: entail label --project FILE|URL --annotator NAME --from labels.csv (on a server the role is the annotator)</source>
        <translation>Aufruf: entail label --project DATEI|URL --annotator NAME --from labels.csv (auf einem Server ist die Rolle der Annotator)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 labels recorded for %2, %3 of them new or changed</source>
        <translation>%1 Labels für %2 erfasst, davon %3 neu oder geändert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>label latency: median %1 ms, p99 %2 ms; %3 labels/s</source>
        <translation>Label-Latenz: Median %1 ms, p99 %2 ms; %3 Labels/s</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>undefined</source>
        <translation>undefiniert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>annotators: %1</source>
        <translation>Annotatoren: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pairs labelled by two or more: %1</source>
        <translation>von zwei oder mehr gelabelte Paare: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fleiss&apos; kappa: %1</source>
        <translation>Fleiss&apos; Kappa: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Krippendorff&apos;s alpha (nominal): %1</source>
        <translation>Krippendorffs Alpha (nominal): %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cohen&apos;s kappa %1 / %2: %3 over %4 pairs</source>
        <translation>Cohens Kappa %1 / %2: %3 über %4 Paare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>agreement on %1: %2</source>
        <translation>Übereinstimmung bei %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Inter-annotator agreement of the labels recorded per annotator (entail label): each annotator&apos;s latest label of a pair.</source>
        <translation>Übereinstimmung zwischen Annotatoren bei den je Annotator vermerkten Labels (entail label): das jeweils letzte Label eines Annotators für ein Paar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>usage: entail agreement --project FILE [--json]</source>
        <translation>Aufruf: entail agreement --project DATEI [--json]</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>usage: entail team add-annotator NAME --role annotator|reviewer|owner --project postgresql://USER@HOST[:PORT]/DATABASE?project=NAME</source>
        <translation>Aufruf: entail team add-annotator NAME --role annotator|reviewer|owner --project postgresql://USER@HOST[:PORT]/DATABASE?project=NAME</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Give a login role (created if new, without a password: set one with psql&apos;s \password) the annotator, reviewer or owner role of a server project. Needs the project&apos;s owner.</source>
        <translation>Einer Login-Rolle (wird neu ohne Passwort angelegt: setzen Sie eines mit \password in psql) die Rolle annotator, reviewer oder owner eines Serverprojekts geben. Erfordert den Eigentümer des Projekts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Login role of the annotator.</source>
        <translation>Login-Rolle des Annotators.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>annotator, reviewer or owner.</source>
        <translation>annotator, reviewer oder owner.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server project locator.</source>
        <translation>Adresse des Serverprojekts.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 is now %2 of %3</source>
        <translation>%1 ist jetzt %2 von %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>add an annotator or reviewer to a server project; assign pairs</source>
        <translation>Annotator oder Reviewer zu einem Server-Projekt hinzufügen; Paare zuweisen</translation>
    </message>
    <message>
        <source>add an annotator or reviewer to a server project</source>
        <translation type="vanished">einem Serverprojekt einen Annotator oder Reviewer hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>record one annotator&apos;s labels from a CSV</source>
        <translation>die Labels eines Annotators aus einer CSV-Datei vermerken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>inter-annotator agreement (Cohen, Fleiss, Krippendorff)</source>
        <translation>Übereinstimmung zwischen Annotatoren (Cohen, Fleiss, Krippendorff)</translation>
    </message>
    <message>
        <location filename="../app/clinotes.cpp" line="+16"/>
        <source>majority baseline (always %1): accuracy %2, macro-F1 %3</source>
        <translation>Mehrheits-Baseline (immer %1): Genauigkeit %2, Makro-F1 %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>warning: the model never predicts %1 (%2 such pairs): it misses every one</source>
        <translation>Warnung: Das Modell sagt %1 nie vorher (%2 solche Paare): Es verfehlt jedes davon</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>calibration: temperature %1 on %2 validation pairs; NLL %3 -&gt; %4, ECE %5 -&gt; %6</source>
        <translation>Kalibrierung: Temperatur %1 auf %2 Validierungspaaren; NLL %3 -&gt; %4, ECE %5 -&gt; %6</translation>
    </message>
    <message>
        <location filename="../app/cli_calibrate.cpp" line="-1"/>
        <source>Fit a temperature on the validation split and store it in the model file.</source>
        <translation>Eine Temperatur auf der Validierungsmenge anpassen und in der Modelldatei speichern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model version (name such as v3, or id); default: the active one.</source>
        <translation>Modellversion (Name wie v3 oder ID); Standard: die aktive.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>usage: entail calibrate --project FILE [--model ID]</source>
        <translation>Aufruf: entail calibrate --project DATEI [--model ID]</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: the project is read-only</source>
        <translation>%1: Das Projekt ist schreibgeschützt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: no model version %2</source>
        <translation>%1: keine Modellversion %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: no active model version</source>
        <translation>%1: keine aktive Modellversion</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: model %2 calibrated</source>
        <translation>%1: Modell %2 kalibriert</translation>
    </message>
    <message>
        <location filename="../app/cli_predictproject.cpp" line="-1"/>
        <source>Predict every pair of a project with its active model and store the predictions in it.</source>
        <translation>Jedes Paar eines Projekts mit seinem aktiven Modell vorhersagen und die Vorhersagen darin speichern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project file (.entail).</source>
        <translation>Projektdatei (.entail).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: the project has no active model (train one, or activate a version)</source>
        <translation>%1: Das Projekt hat kein aktives Modell (trainieren Sie eines oder aktivieren Sie eine Version)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>predicted %1/%2 pairs, %3 pairs/s, about %4 s left   </source>
        <translation>%1/%2 Paare vorhergesagt, %3 Paare/s, noch etwa %4 s   </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: predictions of %2 of %3 pairs stored for %4</source>
        <translation>%1: Vorhersagen für %2 von %3 Paaren für %4 gespeichert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>interrupted: %1</source>
        <translation>abgebrochen: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 predictions of %3 stored in %4 s (%5 pairs/s)</source>
        <translation>%1: %2 von %3 Vorhersagen in %4 s gespeichert (%5 Paare/s)</translation>
    </message>
</context>
<context>
    <name>ComputeDevice</name>
    <message>
        <location filename="../model/net/computedevice.cpp" line="+14"/>
        <source>unknown device &apos;%1&apos; (expected cpu, cuda or cuda:N)</source>
        <translation>unbekanntes Gerät &apos;%1&apos; (erwartet: cpu, cuda oder cuda:N)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CUDA is not available: this LibTorch build or machine has no CUDA device; use --device cpu</source>
        <translation>CUDA ist nicht verfügbar: diese LibTorch-Version oder dieser Rechner hat kein CUDA-Gerät; verwenden Sie --device cpu</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>device &apos;%1&apos; does not exist: this machine has %n CUDA device(s)</source>
        <translation>
            <numerusform>Gerät &apos;%1&apos; gibt es nicht: dieser Rechner hat %n CUDA-Gerät</numerusform>
            <numerusform>Gerät &apos;%1&apos; gibt es nicht: dieser Rechner hat %n CUDA-Geräte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsensusRule</name>
    <message>
        <location filename="../model/team/consensus.cpp" line="+60"/>
        <source>imported label, no annotator yet</source>
        <translation>importiertes Label, noch kein Annotator</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n label(s), needs more</source>
        <translation>
            <numerusform>%n Label, weitere nötig</numerusform>
            <numerusform>%n Labels, weitere nötig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>agreed by %n annotator(s)</source>
        <translation>
            <numerusform>von %n Annotator übereinstimmend vergeben</numerusform>
            <numerusform>von %n Annotatoren übereinstimmend vergeben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>majority %1 of %2</source>
        <translation>Mehrheit %1 von %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>disagreement, %n label(s): needs a reviewer</source>
        <translation>
            <numerusform>Uneinigkeit, %n Label: Reviewer nötig</numerusform>
            <numerusform>Uneinigkeit, %n Labels: Reviewer nötig</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>adjudicated by a reviewer</source>
        <translation>von einem Reviewer entschieden</translation>
    </message>
</context>
<context>
    <name>CrossValidation</name>
    <message>
        <location filename="../model/training/crossvalidation.cpp" line="+130"/>
        <source>cross-validation needs at least 2 folds</source>
        <translation>Die Kreuzvalidierung braucht mindestens 2 Teilmengen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../model/data/csv.cpp" line="+115"/>
        <source>quote character inside an unquoted field (quote the whole field and double the quotes in it)</source>
        <translation>Anführungszeichen in einem Feld ohne Anführungszeichen (setzen Sie das ganze Feld in Anführungszeichen und verdoppeln Sie die darin enthaltenen)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>unterminated quoted field: the closing quote is missing</source>
        <translation>Feld in Anführungszeichen nicht abgeschlossen: Das schließende Anführungszeichen fehlt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unexpected text after a closing quote (a quote inside a quoted field must be doubled)</source>
        <translation>unerwarteter Text nach einem schließenden Anführungszeichen (ein Anführungszeichen innerhalb eines Feldes in Anführungszeichen muss verdoppelt werden)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>the file is empty</source>
        <translation>Die Datei ist leer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is UTF-16 encoded; save it as UTF-8</source>
        <translation>Die Datei ist UTF-16-kodiert; speichern Sie sie als UTF-8</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>binary data (a NUL byte): this is not a CSV text file</source>
        <translation>Binärdaten (ein NUL-Byte): Dies ist keine CSV-Textdatei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid UTF-8 (save the file as UTF-8)</source>
        <translation>ungültiges UTF-8 (speichern Sie die Datei als UTF-8)</translation>
    </message>
</context>
<context>
    <name>DemoProject</name>
    <message>
        <location filename="../model/data/demo.cpp" line="+244"/>
        <source>%1: cannot create the images folder</source>
        <translation>%1: Der Bilderordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>built-in demo</source>
        <translation>eingebaute Demo</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>%1: cannot write the demo image</source>
        <translation>%1: Das Demobild kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../model/data/importer.cpp" line="+177"/>
        <source>pair %1 (ids %2, %3) holds a NUL character, which a CSV file cannot carry</source>
        <translation>Paar %1 (IDs %2, %3) enthält ein NUL-Zeichen, das eine CSV-Datei nicht aufnehmen kann</translation>
    </message>
</context>
<context>
    <name>FetchStatusText</name>
    <message>
        <location filename="../ui/review/fetchstatustext.cpp" line="+12"/>
        <source>not fetched yet</source>
        <translation>noch nicht geladen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fetched, but the file is gone</source>
        <translation>geladen, aber die Datei fehlt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not found on the server (%1)</source>
        <translation>auf dem Server nicht gefunden (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not found on the server</source>
        <translation>auf dem Server nicht gefunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not an image</source>
        <translation>kein Bild</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too large</source>
        <translation>zu groß</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed: %1</source>
        <translation>gescheitert: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Image not available: %1.
Source: %2</source>
        <translation>Bild nicht verfügbar: %1.
Quelle: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not fetched yet: File › Get images... downloads it.</source>
        <translation>Noch nicht geladen: Datei › Bilder laden … lädt es herunter.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>gescheitert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Missing images: %1</source>
        <translation>Fehlende Bilder: %1</translation>
    </message>
</context>
<context>
    <name>ImageLoader</name>
    <message>
        <location filename="../model/image/imageloader.cpp" line="+48"/>
        <source>the file is empty (0 bytes)</source>
        <translation>Die Datei ist leer (0 Byte)</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>not an image, or an unsupported image format</source>
        <translation>kein Bild oder ein nicht unterstütztes Bildformat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the image header is damaged</source>
        <translation>Der Bildkopf ist beschädigt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the image is too large: %1 x %2 pixels (the limit is %3 megapixels)</source>
        <translation>Das Bild ist zu groß: %1 x %2 Pixel (die Grenze liegt bei %3 Megapixeln)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the image is truncated (the JPEG data has no end marker)</source>
        <translation>Das Bild ist abgeschnitten (den JPEG-Daten fehlt die Endmarke)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>decoding this %1 x %2 image would need about %3 MB of memory (the limit is %4 MB)</source>
        <translation>Das Dekodieren dieses Bildes mit %1 x %2 Pixeln bräuchte etwa %3 MB Speicher (die Grenze liegt bei %4 MB)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the image data is corrupt or truncated</source>
        <translation>Die Bilddaten sind beschädigt oder abgeschnitten</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+11"/>
        <source>unsupported pixel format</source>
        <translation>nicht unterstütztes Pixelformat</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>not enough memory to decode the image</source>
        <translation>nicht genug Speicher, um das Bild zu dekodieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the image cannot be decoded: %1</source>
        <translation>Das Bild kann nicht dekodiert werden: %1</translation>
    </message>
</context>
<context>
    <name>ImageResolver</name>
    <message>
        <location filename="../model/data/imageresolver.cpp" line="+48"/>
        <source>%1 leads outside the CSV&apos;s folder and the images folder (entail import --allow-outside-paths accepts it)</source>
        <translation>%1 führt aus dem CSV-Ordner und dem Bilderordner hinaus (entail import --allow-outside-paths lässt es zu)</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../model/data/importer.cpp" line="-89"/>
        <location filename="../model/store/projectimport.cpp" line="+60"/>
        <source>the file holds only blank lines</source>
        <translation>Die Datei enthält nur Leerzeilen</translation>
    </message>
    <message>
        <location filename="../model/data/pairrecords.cpp" line="+48"/>
        <source>column &quot;%1&quot; appears twice</source>
        <translation>Spalte „%1“ kommt zweimal vor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>missing required column &quot;%1&quot;</source>
        <translation>erforderliche Spalte „%1“ fehlt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>missing column &quot;%1&quot; (image_1_path and image_2_path go together)</source>
        <translation>Spalte „%1“ fehlt (image_1_path und image_2_path gehören zusammen)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>expected %1 fields, found %2</source>
        <translation>%1 Felder erwartet, %2 gefunden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bad id &quot;%1&quot; in column %2 (expected digits)</source>
        <translation>ungültige ID „%1“ in Spalte %2 (erwartet: Ziffern)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>column %1 holds %2 characters; at most %3 are accepted</source>
        <translation>Spalte %1 enthält %2 Zeichen; höchstens %3 sind zulässig</translation>
    </message>
    <message>
        <location filename="../model/data/importer.cpp" line="-37"/>
        <location filename="../model/store/projectimport.cpp" line="+32"/>
        <source>pair %1/%2 already appears on line %3</source>
        <translation>das Paar %1/%2 steht bereits in Zeile %3</translation>
    </message>
    <message>
        <location line="+56"/>
        <location filename="../model/store/projectimport.cpp" line="+111"/>
        <source>no pairs (only a header)</source>
        <translation>keine Paare (nur eine Kopfzeile)</translation>
    </message>
    <message>
        <location filename="../model/data/pairrecords.cpp" line="-29"/>
        <source>unknown label &quot;%1&quot; (expected Contradictory, Implies, NoEntailment or empty)</source>
        <translation>unbekanntes Label „%1“ (erwartet: Contradictory, Implies, NoEntailment oder leer)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>label_idx &quot;%1&quot; does not match label &quot;%2&quot; (expected &quot;%3&quot;)</source>
        <translation>label_idx „%1“ passt nicht zum Label „%2“ (erwartet: „%3“)</translation>
    </message>
</context>
<context>
    <name>LabelCommand</name>
    <message>
        <location filename="../ui/session/labelcommand.cpp" line="+11"/>
        <source>label pair %1 as %2</source>
        <translation>Paar %1 als %2 labeln</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>my label of pair %1: %2</source>
        <translation>mein Label für Paar %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>take back my label of pair %1</source>
        <translation>mein Label für Paar %1 zurücknehmen</translation>
    </message>
</context>
<context>
    <name>LabelIssueStore</name>
    <message>
        <location filename="../model/labelissues/labelissuestore.cpp" line="+159"/>
        <source>%1: the stored label-issue scores cannot be read</source>
        <translation>%1: Die gespeicherten Labelfehler-Werte können nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>LabelText</name>
    <message>
        <location filename="../ui/common/labeltext.cpp" line="+10"/>
        <source>Contradictory</source>
        <translation>Widersprüchlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Implies</source>
        <translation>Impliziert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NoEntailment</source>
        <translation>Keine Folgerung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unlabeled</source>
        <translation>ohne Label</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contrad.</source>
        <comment>short for Contradictory</comment>
        <translation>Widerspr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Implies</source>
        <comment>short for Implies</comment>
        <translation>Impliziert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NoEnt.</source>
        <comment>short for NoEntailment</comment>
        <translation>Keine Folg.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>train</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all splits</source>
        <translation>alle Teilmengen</translation>
    </message>
</context>
<context>
    <name>LanguageText</name>
    <message>
        <location filename="../model/runtime/translations.cpp" line="+55"/>
        <source>English</source>
        <extracomment>The name of the language of this translation, in that language (&quot;Deutsch&quot;, &quot;Español&quot;).</extracomment>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>NetConfig</name>
    <message>
        <location filename="../model/net/netconfig.cpp" line="+108"/>
        <source>the network configuration is invalid</source>
        <translation>Die Netzkonfiguration ist ungültig</translation>
    </message>
</context>
<context>
    <name>OutputPath</name>
    <message>
        <location filename="../model/core/outputpath.cpp" line="+17"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no file name given</source>
        <translation>kein Dateiname angegeben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file name is longer than %1 bytes</source>
        <translation>der Dateiname ist länger als %1 Bytes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the folder %1 does not exist</source>
        <translation>den Ordner %1 gibt es nicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the folder %1 is not writable</source>
        <translation>in den Ordner %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>disk full</source>
        <translation>Datenträger voll</translation>
    </message>
</context>
<context>
    <name>ProjectCopy</name>
    <message>
        <location filename="../model/store/projectcopy.cpp" line="+93"/>
        <source>cannot copy the table %1</source>
        <translation>die Tabelle %1 kann nicht kopiert werden</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>%1: a file of that name exists already</source>
        <translation>%1: Eine Datei dieses Namens existiert bereits</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: cannot write the copy (%2)</source>
        <translation>%1: Die Kopie kann nicht geschrieben werden (%2)</translation>
    </message>
</context>
<context>
    <name>ProjectFetch</name>
    <message>
        <location filename="../model/fetch/projectfetch.cpp" line="+66"/>
        <source>%1: the project is read-only; images cannot be recorded in it</source>
        <translation>%1: Das Projekt ist schreibgeschützt; Bilder können darin nicht vermerkt werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: cannot create the images folder</source>
        <translation>%1: Der Bilderordner kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>ProjectLoader</name>
    <message>
        <location filename="../ui/session/projectloader.cpp" line="+49"/>
        <source>Cannot open the project</source>
        <translation>Das Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: cannot open the project</source>
        <translation>%1: Das Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot import the CSV file</source>
        <translation>Die CSV-Datei kann nicht importiert werden</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot create the demo project</source>
        <translation>Das Demoprojekt kann nicht erstellt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: cannot create the demo project</source>
        <translation>%1: Das Demoprojekt kann nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>ProjectLocator</name>
    <message>
        <location filename="../model/team/projectlocator.cpp" line="+38"/>
        <source>sslmode must be one of %1.</source>
        <translation>sslmode muss einer der Werte %1 sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+45"/>
        <source>A password does not belong in the project locator: use PGPASSWORD, ~/.pgpass or the password prompt.</source>
        <translation>Ein Passwort gehört nicht in die Projektadresse: Verwenden Sie PGPASSWORD, ~/.pgpass oder die Passwortabfrage.</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Unknown parameter &quot;%1&quot; in the project locator.</source>
        <translation>Unbekannter Parameter „%1“ in der Projektadresse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The locator needs ?project=NAME (letters, digits, _ . -; at most 63).</source>
        <translation>Die Adresse braucht ?project=NAME (Buchstaben, Ziffern, _ . -; höchstens 63).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Not a server locator (postgresql://USER@HOST[:PORT]/DATABASE?project=NAME).</source>
        <translation>Keine Serveradresse (postgresql://BENUTZER@HOST[:PORT]/DATENBANK?project=NAME).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server locator is not a valid URL.</source>
        <translation>Die Serveradresse ist keine gültige URL.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The locator needs a user and a database: postgresql://USER@HOST[:PORT]/DATABASE?project=NAME.</source>
        <translation>Die Adresse braucht einen Benutzer und eine Datenbank: postgresql://BENUTZER@HOST[:PORT]/DATENBANK?project=NAME.</translation>
    </message>
</context>
<context>
    <name>ProjectStore</name>
    <message>
        <location filename="../model/store/storeconnection.cpp" line="+79"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <source>disk full</source>
        <translation>Datenträger voll</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>database error</source>
        <translation>Datenbankfehler</translation>
    </message>
    <message>
        <location filename="../model/store/storeconnection.h" line="+101"/>
        <source>cannot start a transaction</source>
        <translation>Eine Transaktion kann nicht begonnen werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot commit</source>
        <translation>Speichern (Commit) nicht möglich</translation>
    </message>
    <message>
        <location filename="../model/store/storeschema.cpp" line="+114"/>
        <source>%1: the project was written by a newer Entail Studio (schema %2, this version reads up to %3)</source>
        <translation>%1: Das Projekt wurde von einem neueren Entail Studio geschrieben (Schema %2, diese Version liest bis %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: not an Entail Studio project</source>
        <translation>%1: kein Entail-Studio-Projekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the project has an older format and cannot be upgraded read-only; open it once where it can be written</source>
        <translation>%1: Das Projekt hat ein älteres Format und kann schreibgeschützt nicht aktualisiert werden; öffnen Sie es einmal dort, wo es geschrieben werden kann</translation>
    </message>
    <message>
        <location filename="../model/store/pairimport.cpp" line="+170"/>
        <location filename="../model/store/pairtable.cpp" line="+173"/>
        <source>cannot save splits</source>
        <translation>Die Aufteilung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../model/store/pairtable.cpp" line="-13"/>
        <location line="+80"/>
        <source>cannot append to the annotation log</source>
        <translation>Das Annotationsprotokoll kann nicht ergänzt werden</translation>
    </message>
    <message>
        <location filename="../model/store/storeconnection.cpp" line="-66"/>
        <source>cannot open the project</source>
        <translation>Das Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../model/store/projectbuilder.cpp" line="+63"/>
        <source>%1 is being created by another process (pid %2)</source>
        <translation>%1 wird gerade von einem anderen Prozess erstellt (PID %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1: den Ordner %2 gibt es nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: cannot write in the folder %2</source>
        <translation>%1: in den Ordner %2 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: disk full</source>
        <translation>%1: Datenträger voll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: cannot create the lock file %2</source>
        <translation>%1: die Sperrdatei %2 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../model/store/store.cpp" line="+111"/>
        <location line="+113"/>
        <source>%1: a file of that name exists already</source>
        <translation>%1: Eine Datei dieses Namens existiert bereits</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1: the new project could not be completed</source>
        <translation>%1: das neue Projekt konnte nicht fertiggestellt werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: cannot move the new project into place (%2)</source>
        <translation>%1: das neue Projekt kann nicht an seinen Platz verschoben werden (%2)</translation>
    </message>
    <message>
        <location filename="../model/store/store.cpp" line="-35"/>
        <source>%1: no such project file</source>
        <translation>%1: Projektdatei nicht gefunden</translation>
    </message>
    <message>
        <location filename="../model/store/pairimport.cpp" line="-73"/>
        <location line="+5"/>
        <location line="+36"/>
        <location line="+8"/>
        <location filename="../model/store/pairtable.cpp" line="-86"/>
        <source>cannot add pairs</source>
        <translation>Paare können nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location filename="../model/store/storeconnection.cpp" line="+128"/>
        <source>cannot save project settings</source>
        <translation>Die Projekteinstellungen können nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../model/store/store.cpp" line="+30"/>
        <source>%1: a server&apos;s project is backed up by the server&apos;s own tools, or copied to a file with entail project copy</source>
        <translation>%1: Ein Serverprojekt wird mit den eigenen Werkzeugen des Servers gesichert oder mit entail project copy in eine Datei kopiert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: no such folder</source>
        <translation>%1: diesen Ordner gibt es nicht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot write the backup %1</source>
        <translation>die Sicherung %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: cannot write the backup (%2)</source>
        <translation>%1: die Sicherung kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <location line="+56"/>
        <location filename="../model/store/storeannotations.cpp" line="+90"/>
        <location line="+41"/>
        <location filename="../model/store/storelabels.cpp" line="+18"/>
        <source>invalid label id %1</source>
        <translation>ungültige Label-ID %1</translation>
    </message>
    <message>
        <location filename="../model/store/pairtable.cpp" line="+95"/>
        <location filename="../model/store/storeannotations.cpp" line="-74"/>
        <source>cannot read the pair</source>
        <translation>Das Paar kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../model/store/storeannotations.cpp" line="+41"/>
        <location filename="../model/store/storeassignments.cpp" line="+39"/>
        <source>%1: no pair with key %2</source>
        <translation>%1: kein Paar mit dem Schlüssel %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot change the label</source>
        <translation>Das Label kann nicht geändert werden</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>cannot save image locations</source>
        <translation>Die Bildpfade können nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../model/store/storeversions.cpp" line="+62"/>
        <source>cannot record the model version</source>
        <translation>Die Modellversion kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>cannot activate the model</source>
        <translation>Das Modell kann nicht aktiviert werden</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+12"/>
        <source>cannot save predictions</source>
        <translation>Die Vorhersagen können nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../model/store/storecheck.cpp" line="+28"/>
        <source>it cannot be read: %1</source>
        <translation>sie kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+52"/>
        <source>the table, index or trigger %1 is missing</source>
        <translation>die Tabelle, der Index oder der Trigger %1 fehlt</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 pairs were imported but %2 are present</source>
        <translation>%1 Paare wurden importiert, aber %2 sind vorhanden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>pair %1 has the label %2, outside -1..2</source>
        <translation>Paar %1 hat das Label %2, außerhalb von -1..2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>pair %1 has the label %2 but its log says %3</source>
        <translation>Paar %1 hat das Label %2, sein Protokoll sagt aber %3</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>review entry %1 has the unknown state &quot;%2&quot;</source>
        <translation>Prüfeintrag %1 hat den unbekannten Status „%2“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>review entry %1 has the label %2, outside -1..2</source>
        <translation>Prüfeintrag %1 hat das Label %2, außerhalb von -1..2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>review entry %1 names the pair %2, which does not exist</source>
        <translation>Prüfeintrag %1 nennt das Paar %2, das es nicht gibt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: the project file is damaged (%2). Restore a backup of it, or import the CSV again into a new project (`entail export` of an older copy of the project writes that CSV).</source>
        <translation>%1: die Projektdatei ist beschädigt (%2). Stellen Sie eine Sicherung wieder her oder importieren Sie die CSV erneut in ein neues Projekt (`entail export` einer älteren Kopie des Projekts schreibt diese CSV).</translation>
    </message>
    <message>
        <location filename="../model/store/paircursor.cpp" line="+56"/>
        <location filename="../model/store/storecheck.cpp" line="+28"/>
        <source>%1: cannot read the project (%2)</source>
        <translation>%1: das Projekt kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <location filename="../model/store/storecheck.cpp" line="+3"/>
        <source>it does not start with an SQLite header</source>
        <translation>sie beginnt nicht mit einem SQLite-Kopf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its header names a page size of %1 bytes</source>
        <translation>ihr Kopf nennt eine Seitengröße von %1 Bytes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its size, %1 bytes, is not a whole number of %2-byte pages</source>
        <translation>ihre Größe von %1 Bytes ist kein Vielfaches von %2-Byte-Seiten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>SQLite&apos;s check reports: %1</source>
        <translation>die Prüfung von SQLite meldet: %1</translation>
    </message>
    <message>
        <location filename="../model/store/storefetches.cpp" line="+27"/>
        <source>cannot record fetched images</source>
        <translation>geladene Bilder können nicht vermerkt werden</translation>
    </message>
    <message>
        <location filename="../model/store/storeannotations.cpp" line="-50"/>
        <source>cannot read the annotators&apos; labels</source>
        <translation>die Labels der Annotatoren können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: annotator roles exist on a server project only; in a project file annotators are names</source>
        <translation>%1: Annotator-Rollen gibt es nur in einem Serverprojekt; in einer Projektdatei sind Annotatoren Namen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>an annotator label needs the annotator&apos;s name</source>
        <translation>ein Annotator-Label braucht den Namen des Annotators</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot record the annotator&apos;s label</source>
        <translation>Das Label des Annotators kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot take back the annotator&apos;s label</source>
        <translation>das Label des Annotators kann nicht zurückgenommen werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an adjudication needs the reviewer&apos;s name</source>
        <translation>eine Entscheidung erfordert den Namen des Reviewers</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot record the adjudication</source>
        <translation>die Entscheidung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot take back the adjudication</source>
        <translation>die Entscheidung kann nicht zurückgenommen werden</translation>
    </message>
    <message>
        <location filename="../model/store/storelabels.cpp" line="-3"/>
        <source>%1 pairs but %2 labels</source>
        <translation>%1 Paare, aber %2 Labels</translation>
    </message>
    <message>
        <location filename="../model/store/storepgschema.cpp" line="+192"/>
        <source>cannot read the server&apos;s roles</source>
        <translation>die Rollen des Servers können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: the database and project names are too long for the server&apos;s role names (63 bytes)</source>
        <translation>%1: Die Namen von Datenbank und Projekt sind zu lang für die Rollennamen des Servers (63 Bytes)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: the project exists already</source>
        <translation>%1: Das Projekt existiert bereits</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: the project was created by an older Entail Studio and has no assignments yet; the role that created it must assign pairs first (that adds the table)</source>
        <translation>%1: Das Projekt wurde von einem älteren Entail Studio angelegt und hat noch keine Zuweisungen; die Rolle, die es angelegt hat, muss zuerst Paare zuweisen (das legt die Tabelle an)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: no such role name</source>
        <translation>%1: Diesen Rollennamen gibt es nicht</translation>
    </message>
    <message>
        <location filename="../model/store/storeserver.cpp" line="+24"/>
        <source>%1: this installation has no PostgreSQL driver (Debian: libqt6sql6-psql)</source>
        <translation>%1: Diese Installation hat keinen PostgreSQL-Treiber (Debian: libqt6sql6-psql)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: cannot connect to the server (%2)</source>
        <translation>%1: Keine Verbindung zum Server möglich (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read the session&apos;s role</source>
        <translation>die Rolle der Sitzung kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the database %2 holds no project %3 (entail import FILE.csv --project %1 creates it)</source>
        <translation>%1: Die Datenbank %2 enthält kein Projekt %3 (entail import DATEI.csv --project %1 legt es an)</translation>
    </message>
    <message>
        <location filename="../model/store/storeassignments.cpp" line="-5"/>
        <source>cannot read the pairs</source>
        <translation>Die Paare können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: not a server project</source>
        <translation>%1: kein Server-Projekt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: only the project&apos;s reviewers and owners may assign pairs (%2 is an annotator)</source>
        <translation>%1: Nur Reviewer und Eigentümer des Projekts dürfen Paare zuweisen (%2 ist Annotator)</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+20"/>
        <source>an assignment needs the annotator&apos;s name</source>
        <translation>Eine Zuweisung braucht den Namen des Annotators</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>cannot assign the pairs</source>
        <translation>Die Paare können nicht zugewiesen werden</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+3"/>
        <source>cannot take back the assignments</source>
        <translation>Die Zuweisungen können nicht zurückgenommen werden</translation>
    </message>
    <message>
        <location filename="../model/store/storetexts.cpp" line="+115"/>
        <source>%1: cannot read the pairs&apos; texts: %2</source>
        <translation>%1: Die Texte der Paare können nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/main_gui.cpp" line="+20"/>
        <source>Entail Studio</source>
        <translation>Entail Studio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Review, correct and inspect multimodal entailment labels.</source>
        <translation>Multimodale Folgerungs-Labels prüfen, korrigieren und untersuchen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A project (.entail) or a CSV file to import. Default: the demo.</source>
        <translation>Ein Projekt (.entail) oder eine zu importierende CSV-Datei. Standard: die Demo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images folder of the CSV file.</source>
        <translation>Bilderordner der CSV-Datei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A trained model file to load into the project once it is open.</source>
        <translation>Eine trainierte Modelldatei, die nach dem Öffnen in das Projekt geladen wird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
</context>
<context>
    <name>ReviewCommand</name>
    <message>
        <location filename="../ui/reviewstate/reviewcommand.cpp" line="+10"/>
        <source>comment on pair %1</source>
        <translation>Kommentar zu Paar %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mark pair %1 as %2</source>
        <translation>Paar %1 als %2 markieren</translation>
    </message>
</context>
<context>
    <name>ReviewStore</name>
    <message>
        <location filename="../model/store/reviewstore.cpp" line="+70"/>
        <location line="+9"/>
        <source>cannot record the review</source>
        <translation>Die Prüfung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1: there is no pair %2</source>
        <translation>%1: Es gibt kein Paar %2</translation>
    </message>
</context>
<context>
    <name>ReviewText</name>
    <message>
        <location filename="../ui/reviewstate/reviewtext.cpp" line="+8"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unsure</source>
        <translation>unsicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>label is right</source>
        <translation>Label ist richtig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not reviewed</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Comment by %1: %2</source>
        <translation>Kommentar von %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SafeFile</name>
    <message>
        <location filename="../model/core/safefile.cpp" line="+15"/>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file does not exist</source>
        <translation>Die Datei existiert nicht</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+17"/>
        <location line="+21"/>
        <source>the file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is too large (%1; the limit is %2)</source>
        <translation>die Datei ist zu groß (%1; die Grenze ist %2)</translation>
    </message>
</context>
<context>
    <name>ScriptEncoder</name>
    <message>
        <location filename="../model/net/scriptencoder.cpp" line="+39"/>
        <source>%1: cannot read the TorchScript encoder: %2</source>
        <translation>%1: Der TorchScript-Encoder kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+15"/>
        <source>%1: not a TorchScript module</source>
        <translation>%1: kein TorchScript-Modul</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: the TorchScript encoder returns %2 values per row; at most %3 are supported</source>
        <translation>%1: Der TorchScript-Encoder liefert %2 Werte pro Zeile; höchstens %3 werden unterstützt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>float [B,3,128,128] -&gt; [B,D]</source>
        <translation>float [B,3,128,128] -&gt; [B,D]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>token_ids, segment_ids, padding_mask int64 [B,L] -&gt; [B,D]</source>
        <translation>token_ids, segment_ids, padding_mask int64 [B,L] -&gt; [B,D]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the TorchScript module does not follow the encoder contract (%2): %3</source>
        <translation>%1: Das TorchScript-Modul hält die Encoder-Schnittstelle nicht ein (%2): %3</translation>
    </message>
</context>
<context>
    <name>SpmLibrary</name>
    <message>
        <location filename="../model/text/spmlibrary.cpp" line="+69"/>
        <source>The tokenizer plugin %1 could not be loaded. Tried: %2. Set ENTAIL_SPM_PLUGIN to its path.</source>
        <translation>Das Tokenizer-Plugin %1 konnte nicht geladen werden. Versucht: %2. Setzen Sie ENTAIL_SPM_PLUGIN auf seinen Pfad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no location</source>
        <translation>kein Ort</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>not an Entail Studio tokenizer plugin (missing functions)</source>
        <translation>kein Tokenizer-Plugin von Entail Studio (Funktionen fehlen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>plugin API version %1, expected %2</source>
        <translation>Plugin-API-Version %1, erwartet: %2</translation>
    </message>
</context>
<context>
    <name>Tokenizer</name>
    <message>
        <location filename="../model/text/tokenizer.cpp" line="+65"/>
        <source>unknown sentencepiece error</source>
        <translation>unbekannter sentencepiece-Fehler</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The vocabulary size must be larger than %1.</source>
        <translation>Die Vokabulargröße muss größer als %1 sein.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no text to train the tokenizer on.</source>
        <translation>Es gibt keinen Text, auf dem der Tokenizer trainiert werden kann.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Training the tokenizer failed: %1</source>
        <translation>Das Training des Tokenizers ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The tokenizer model is empty.</source>
        <translation>Das Tokenizer-Modell ist leer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The tokenizer model is corrupt: %1</source>
        <translation>Das Tokenizer-Modell ist beschädigt: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The tokenizer model does not have %1 at id %2; it was not trained by Entail Studio.</source>
        <translation>Das Tokenizer-Modell hat %1 nicht bei ID %2; es wurde nicht von Entail Studio trainiert.</translation>
    </message>
</context>
<context>
    <name>TrainedNetwork</name>
    <message>
        <location filename="../model/modelfile/trainednetwork.cpp" line="+50"/>
        <location line="+14"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>%1: the tokenizer cannot be loaded: %2</source>
        <translation>%1: Der Tokenizer kann nicht geladen werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the tokenizer does not match the network</source>
        <translation>%1: Der Tokenizer passt nicht zum Netz</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: the stored weights do not match the network configuration (%2)</source>
        <translation>%1: Die gespeicherten Gewichte passen nicht zur Netzkonfiguration (%2)</translation>
    </message>
</context>
<context>
    <name>Trainer</name>
    <message>
        <location filename="../model/training/trainer.cpp" line="+42"/>
        <source>training failed: %1</source>
        <translation>Training fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>TrainingController</name>
    <message>
        <location filename="../ui/training/trainingworker.cpp" line="+55"/>
        <source>The project has no labeled pairs in its training split.</source>
        <translation>Das Projekt hat keine gelabelten Paare in seiner Trainingsmenge.</translation>
    </message>
</context>
<context>
    <name>TrainingRecord</name>
    <message>
        <location filename="../model/training/trainingrecord.cpp" line="+205"/>
        <source>Cannot create the models folder %1.</source>
        <translation>Der Modellordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The training finished but its model file %1 is missing.</source>
        <translation>Das Training ist beendet, aber seine Modelldatei %1 fehlt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The project was closed before the new version could be recorded.</source>
        <translation>Das Projekt wurde geschlossen, bevor die neue Version gespeichert werden konnte.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1: removed, as no version of the project records it (a training run was stopped after saving it and before recording it)</source>
        <translation>%1: entfernt, da keine Version des Projekts sie verzeichnet (ein Trainingslauf wurde nach dem Speichern und vor dem Eintragen beendet)</translation>
    </message>
</context>
<context>
    <name>TrainingRun</name>
    <message>
        <location filename="../model/training/trainingrun.cpp" line="+86"/>
        <source>Training the tokenizer on %1 texts</source>
        <translation>Der Tokenizer wird auf %1 Texten trainiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot train the tokenizer: %1</source>
        <translation>Der Tokenizer kann nicht trainiert werden: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Preparing %1 labeled pairs</source>
        <translation>%1 gelabelte Paare werden vorbereitet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 images could not be read and count as missing (first: %2)</source>
        <translation>%1 Bilder konnten nicht gelesen werden und gelten als fehlend (erstes: %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there are no labeled training pairs</source>
        <translation>Es gibt keine gelabelten Trainingspaare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Computing embeddings of the frozen encoders</source>
        <translation>Embeddings der eingefrorenen Encoder werden berechnet</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>Early stop after epoch %1: validation macro-F1 has not improved for %2 epochs</source>
        <translation>Frühes Stoppen nach Epoche %1: Der Validierungs-Makro-F1 hat sich seit %2 Epochen nicht verbessert</translation>
    </message>
</context>
<context>
    <name>TrainingWorker</name>
    <message>
        <location filename="../ui/training/trainingworker.cpp" line="-16"/>
        <source>training failed: %1</source>
        <translation>Training fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>VersionCalibration</name>
    <message>
        <location filename="../model/modelfile/versioncalibration.cpp" line="+37"/>
        <source>%1: the project is read-only</source>
        <translation>%1: Das Projekt ist schreibgeschützt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: model %2 has no stored predictions; predict all pairs with it first</source>
        <translation>%1: Modell %2 hat keine gespeicherten Vorhersagen; sagen Sie zuerst alle Paare damit vorher</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: no labeled pair in the validation split to calibrate on</source>
        <translation>%1: kein gelabeltes Paar in der Validierungsmenge zum Kalibrieren</translation>
    </message>
</context>
<context>
    <name>entail::AboutDialog</name>
    <message>
        <location filename="../ui/help/aboutdialog.cpp" line="+48"/>
        <source>The user interface, the project files (SQLite) and the translations.</source>
        <translation>Die Bedienoberfläche, die Projektdateien (SQLite) und die Übersetzungen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The neural network: training and prediction.</source>
        <translation>Das neuronale Netz: Training und Vorhersage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading and resizing images; the pictures of the demo project.</source>
        <translation>Bilder lesen und skalieren; die Bilder des Demoprojekts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Splitting tweet texts into word pieces.</source>
        <translation>Zerlegung der Tweet-Texte in Wortteile.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognizing Multimodal Entailment dataset</source>
        <translation>Datensatz Recognizing Multimodal Entailment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data format and the baseline model follow it; the data is not included.</source>
        <translation>Das Datenformat und das Basismodell folgen ihm; die Daten sind nicht enthalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;About Entail Studio</source>
        <translation>&amp;Über Entail Studio</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>About Entail Studio</source>
        <translation>Über Entail Studio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Entail Studio</source>
        <translation>Entail Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review tweet pairs, correct their entailment labels, inspect the model&apos;s errors and retrain it.</source>
        <translation>Tweet-Paare prüfen, ihre Folgerungs-Labels korrigieren, die Fehler des Modells untersuchen und es neu trainieren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Built with</source>
        <translation>Erstellt mit</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>About Qt</source>
        <translation>Über Qt</translation>
    </message>
</context>
<context>
    <name>entail::AdjudicationDialog</name>
    <message>
        <location filename="../ui/team/adjudicationdialog.cpp" line="+22"/>
        <source>Adjudicate</source>
        <translation>Entscheiden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pair</source>
        <translation>Paar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Final</source>
        <translation>Endgültig</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Annotator</source>
        <translation>Annotator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1, 2, 3: the final label (then the next pair); 0 or Backspace: take it back.</source>
        <translation>1, 2, 3: das endgültige Label (dann das nächste Paar); 0 oder Rücktaste: zurücknehmen.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>No pair is in disagreement.</source>
        <translation>Bei keinem Paar besteht Uneinigkeit.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First: %1

Second: %2</source>
        <translation>Erster: %1

Zweiter: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pair %1 is not in the table (deleted?)</source>
        <translation>Paar %1 ist nicht in der Tabelle (gelöscht?)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the project did not accept the decision</source>
        <translation>das Projekt hat die Entscheidung nicht angenommen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Pair %1: adjudication taken back.</source>
        <translation>Paar %1: Entscheidung zurückgenommen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pair %1: final label %2.</source>
        <translation>Paar %1: endgültiges Label %2.</translation>
    </message>
</context>
<context>
    <name>entail::AgreementDock</name>
    <message>
        <location filename="../ui/team/agreementdock.cpp" line="+62"/>
        <location line="+32"/>
        <source>Agreement</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+75"/>
        <source>Agreement needs labels from at least two annotators.
When two or more people have labelled pairs of this project, their agreement shows here.</source>
        <translation>Für die Übereinstimmung sind Labels von mindestens zwei Annotatoren nötig.
Sobald zwei oder mehr Personen Paare dieses Projekts gelabelt haben, wird ihre Übereinstimmung hier angezeigt.</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Annotator</source>
        <translation>Annotator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cohen&apos;s κ</source>
        <translation>Cohens κ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rows:</source>
        <translation>Zeilen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns:</source>
        <translation>Spalten:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Click a cell to list those pairs in the table</source>
        <translation>Klicken Sie auf eine Zelle, um diese Paare in der Tabelle aufzulisten</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Adjudicate disagreements...</source>
        <translation>Uneinigkeiten entscheiden...</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cannot read the annotators&apos; labels: %1</source>
        <translation>Die Labels der Annotatoren können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Annotators: %1 (%2)
Pairs labelled by two or more: %3
Fleiss&apos; κ: %4
Krippendorff&apos;s α: %5</source>
        <translation>Annotatoren: %1 (%2)
Von zwei oder mehr gelabelte Paare: %3
Fleiss’ κ: %4
Krippendorffs α: %5</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1 said %2, %3 said %4</source>
        <translation>%1 sagte %2, %3 sagte %4</translation>
    </message>
</context>
<context>
    <name>entail::AnnotationLogModel</name>
    <message>
        <location filename="../ui/review/annotationlogmodel.cpp" line="+40"/>
        <source>correction</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How</source>
        <translation>Wie</translation>
    </message>
</context>
<context>
    <name>entail::BackgroundPrediction</name>
    <message>
        <location filename="../ui/prediction/backgroundprediction.cpp" line="+124"/>
        <source>the predictions of %1 of %2 pairs are stored in the project</source>
        <translation>die Vorhersagen für %1 von %2 Paaren sind im Projekt gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing was stored</source>
        <translation>es wurde nichts gespeichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prediction cancelled: %1.</source>
        <translation>Vorhersage abgebrochen: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predictions done, but only %1 of %2 saved in the project: %3</source>
        <translation>Vorhersagen fertig, aber nur %1 von %2 im Projekt gespeichert: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predictions done, but not saved in the project: %1</source>
        <translation>Vorhersagen fertig, aber nicht im Projekt gespeichert: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Predicted %n pair(s) in %1 s (%2 pairs/s)</source>
        <translation>
            <numerusform>%n Paar in %1 s vorhergesagt (%2 Paare/s)</numerusform>
            <numerusform>%n Paare in %1 s vorhergesagt (%2 Paare/s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entail::BoostControl</name>
    <message>
        <location filename="../ui/metrics/boostcontrol.cpp" line="+24"/>
        <source>Rare-label &amp;boost:</source>
        <translation>&amp;Verstärkung seltener Labels:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re-decides every prediction from the stored probabilities: each class&apos;s probability is divided by its share of the training split raised to this power, then renormalised. 0 = off (the model&apos;s own decisions); 1 = every label equally likely a priori. Moves decisions towards the rare labels: more recall for them, less accuracy. No retraining; the matrix, the Predicted column and the suspects follow at once.</source>
        <translation>Entscheidet jede Vorhersage aus den gespeicherten Wahrscheinlichkeiten neu: Die Wahrscheinlichkeit jeder Klasse wird durch ihren Anteil an der Trainingsmenge hoch diesem Exponenten geteilt und dann renormiert. 0 = aus (die eigenen Entscheidungen des Modells); 1 = jedes Label a priori gleich wahrscheinlich. Verschiebt die Entscheidungen zu den seltenen Labels: mehr Trefferquote für sie, weniger Genauigkeit. Kein Neutraining; die Matrix, die Spalte Vorhersage und die Verdachtsfälle folgen sofort.</translation>
    </message>
</context>
<context>
    <name>entail::BulkRelabel</name>
    <message>
        <location filename="../ui/labelissues/bulkrelabel.cpp" line="+20"/>
        <source>Set label of selected pairs</source>
        <translation>Ausgewählte Paare labeln</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Select the pairs to label in the table first.</source>
        <translation>Wählen Sie zuerst die zu labelnden Paare in der Tabelle aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In team mode each label is your own judgement of one pair: label the pairs one at a time (1/2/3).</source>
        <translation>Im Teammodus ist jedes Label Ihr eigenes Urteil über ein Paar: Labeln Sie die Paare einzeln (1/2/3).</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Saving the labels of %n pair(s)...</source>
        <translation>
            <numerusform>Speichere die Labels von %n Paar...</numerusform>
            <numerusform>Speichere die Labels von %n Paaren...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>Labeled %n pair(s) as %1 (saved)</source>
        <translation>
            <numerusform>%n Paar als %1 gelabelt (gespeichert)</numerusform>
            <numerusform>%n Paare als %1 gelabelt (gespeichert)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Restored the labels of %n pair(s) (saved)</source>
        <translation>
            <numerusform>Labels von %n Paar wiederhergestellt (gespeichert)</numerusform>
            <numerusform>Labels von %n Paaren wiederhergestellt (gespeichert)</numerusform>
        </translation>
    </message>
    <message>
        <location line="-14"/>
        <source>The correction was not saved</source>
        <translation>Die Korrektur wurde nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>entail::CalibrationPanel</name>
    <message>
        <location filename="../ui/metrics/calibrationpanel.cpp" line="+25"/>
        <source>&amp;Calibrate</source>
        <translation>&amp;Kalibrieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fits a temperature on the validation split&apos;s stored predictions (current labels), writes it into the model file and reloads the model. The decisions stay the same; the probabilities shown become honest.</source>
        <translation>Passt eine Temperatur an die gespeicherten Vorhersagen der Validierungsmenge an (aktuelle Labels), schreibt sie in die Modelldatei und lädt das Modell neu. Die Entscheidungen bleiben gleich; die angezeigten Wahrscheinlichkeiten werden ehrlich.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reliability diagram: per confidence bin, how often the model was right. On the dashed diagonal the confidence is honest; below it the model is overconfident.</source>
        <translation>Zuverlässigkeitsdiagramm: je Konfidenzbereich, wie oft das Modell richtig lag. Auf der gestrichelten Diagonale ist die Konfidenz ehrlich; darunter ist das Modell zu selbstsicher.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Calibration error (ECE): –</source>
        <translation>Kalibrierungsfehler (ECE): –</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calibration error (ECE): %1</source>
        <translation>Kalibrierungsfehler (ECE): %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No model is active.</source>
        <translation>Es ist kein Modell aktiv.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not calibrated (temperature 1).</source>
        <translation>Nicht kalibriert (Temperatur 1).</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Temperature %1 (fitted on %n validation pair(s)): NLL %2 → %3, ECE %4 → %5.</source>
        <translation>
            <numerusform>Temperatur %1 (angepasst auf %n Validierungspaar): NLL %2 → %3, ECE %4 → %5.</numerusform>
            <numerusform>Temperatur %1 (angepasst auf %n Validierungspaaren): NLL %2 → %3, ECE %4 → %5.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Calibrating %1...</source>
        <translation>%1 wird kalibriert...</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Calibration failed: %1</source>
        <translation>Kalibrierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calibrated: temperature %1, validation NLL %2 → %3</source>
        <translation>Kalibriert: Temperatur %1, Validierungs-NLL %2 → %3</translation>
    </message>
</context>
<context>
    <name>entail::ClassMetricsModel</name>
    <message>
        <location filename="../ui/metrics/classmetricsmodel.cpp" line="+52"/>
        <source>Prec.</source>
        <translation>Präz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pairs</source>
        <translation>Paare</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Of the pairs predicted as this class, the share labeled so</source>
        <translation>Anteil der als diese Klasse vorhergesagten Paare, die auch so gelabelt sind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of the pairs labeled as this class, the share predicted so</source>
        <translation>Anteil der als diese Klasse gelabelten Paare, die auch so vorhergesagt wurden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harmonic mean of precision and recall</source>
        <translation>Harmonisches Mittel aus Präzision und Trefferquote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labeled pairs of this class that have a prediction</source>
        <translation>Gelabelte Paare dieser Klasse, für die es eine Vorhersage gibt</translation>
    </message>
</context>
<context>
    <name>entail::CommentDialog</name>
    <message>
        <location filename="../ui/reviewstate/commentdialog.cpp" line="+14"/>
        <source>Comment on pair %1</source>
        <translation>Kommentar zu Paar %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A note for this pair, kept in the project with its review state (an empty text removes the comment).</source>
        <translation>Eine Notiz zu diesem Paar, die mit seinem Prüfstatus im Projekt gespeichert wird (ein leerer Text entfernt den Kommentar).</translation>
    </message>
</context>
<context>
    <name>entail::ConfusionDeltaModel</name>
    <message>
        <location filename="../ui/versions/confusiondeltamodel.cpp" line="+50"/>
        <source>%1 (%2%3)</source>
        <translation>%1 (%2%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>True %1, predicted %2: %3 before, %4 now</source>
        <translation>Wahr %1, vorhergesagt %2: vorher %3, jetzt %4</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
</context>
<context>
    <name>entail::ConfusionMatrixModel</name>
    <message numerus="yes">
        <location filename="../ui/metrics/confusionmatrixmodel.cpp" line="+61"/>
        <source>%n pair(s) labeled %1 were predicted %2 (%3% of %1). Click to list them.</source>
        <translation>
            <numerusform>%n als %1 gelabeltes Paar wurde als %2 vorhergesagt (%3 % von %1). Klicken, um es aufzulisten.</numerusform>
            <numerusform>%n als %1 gelabelte Paare wurden als %2 vorhergesagt (%3 % von %1). Klicken, um sie aufzulisten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pairs labeled %1</source>
        <translation>Als %1 gelabelte Paare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pairs predicted %1</source>
        <translation>Als %1 vorhergesagte Paare</translation>
    </message>
</context>
<context>
    <name>entail::ConfusionMatrixView</name>
    <message>
        <location filename="../ui/metrics/confusionmatrixview.cpp" line="+24"/>
        <source>Split:</source>
        <translation>Teilmenge:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rows: label • columns: prediction</source>
        <translation>Zeilen: Label • Spalten: Vorhersage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Click a cell to list its pairs in the table</source>
        <translation>Klicken Sie auf eine Zelle, um ihre Paare in der Tabelle aufzulisten</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No predictions yet.
Train a model (toolbar: Train…) or load one (Model › Load model...) to compare its predictions with the labels.</source>
        <translation>Noch keine Vorhersagen.
Trainieren Sie ein Modell (Werkzeugleiste: Trainieren …) oder laden Sie eines (Modell › Modell laden …), um seine Vorhersagen mit den Labels zu vergleichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No labeled pairs with a prediction in this split.</source>
        <translation>Keine gelabelten Paare mit Vorhersage in dieser Teilmenge.</translation>
    </message>
</context>
<context>
    <name>entail::ConnectionWatch</name>
    <message>
        <location filename="../ui/team/connectionwatch.cpp" line="+38"/>
        <source>the connection was closed</source>
        <translation>die Verbindung wurde geschlossen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server cannot be reached: nothing you label now is saved (the label you pressed was not applied). Reconnecting every %1 s...
%2</source>
        <translation>Der Server ist nicht erreichbar: Nichts, was Sie jetzt labeln, wird gespeichert (das gedrückte Label wurde nicht übernommen). Neuer Verbindungsversuch alle %1 s...
%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reconnect now</source>
        <translation>Jetzt neu verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved: the server cannot be reached</source>
        <translation>Nicht gespeichert: Der Server ist nicht erreichbar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reconnecting to the server</source>
        <translation>Verbindung zum Server wird wiederhergestellt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Connected to the server again</source>
        <translation>Wieder mit dem Server verbunden</translation>
    </message>
</context>
<context>
    <name>entail::CurrentPairController</name>
    <message>
        <location filename="../ui/review/currentpaircontroller.cpp" line="+95"/>
        <source>Pair %1: your label %2 (saved)</source>
        <translation>Paar %1: Ihr Label %2 (gespeichert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pair %1: your label taken back (saved)</source>
        <translation>Paar %1: Ihr Label zurückgenommen (gespeichert)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pair %1: %2 → %3 (saved)</source>
        <translation>Paar %1: %2 → %3 (gespeichert)</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n label(s) changed by another window or process</source>
        <translation>
            <numerusform>%n Label von einem anderen Fenster oder Prozess geändert</numerusform>
            <numerusform>%n Labels von einem anderen Fenster oder Prozess geändert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Changed the label of pair %1, which the filter hides</source>
        <translation>Label von Paar %1 geändert, das der Filter ausblendet</translation>
    </message>
</context>
<context>
    <name>entail::DuplicateFeature</name>
    <message>
        <location filename="../ui/duplicates/duplicatefeature.cpp" line="+27"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show &amp;duplicates of this pair</source>
        <translation>&amp;Duplikate dieses Paares zeigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicates disagree</source>
        <translation>Duplikate uneinig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pairs with the same two texts, side by side with their labels (key D)</source>
        <translation>Die Paare mit denselben zwei Texten, nebeneinander mit ihren Labels (Taste D)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only pairs whose texts recur in other pairs with a different label</source>
        <translation>Nur Paare, deren Texte in anderen Paaren mit anderem Label wiederkehren</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>same text ×%1</source>
        <translation>gleicher Text ×%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 pairs have these two texts (case, links and @mentions aside): key D shows them</source>
        <translation>%1 Paare haben diese zwei Texte (abgesehen von Groß-/Kleinschreibung, Links und @Erwähnungen): Taste D zeigt sie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; their labels differ</source>
        <translation>; ihre Labels unterscheiden sich</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+52"/>
        <source>Cannot look for duplicates: %1</source>
        <translation>Nach Duplikaten kann nicht gesucht werden: %1</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Still looking for duplicates; try again in a moment.</source>
        <translation>Die Suche nach Duplikaten läuft noch; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pair %1 has no duplicate: no other pair has its two texts.</source>
        <translation>Paar %1 hat kein Duplikat: Kein anderes Paar hat seine zwei Texte.</translation>
    </message>
</context>
<context>
    <name>entail::DuplicatesDialog</name>
    <message>
        <location filename="../ui/duplicates/duplicatesdialog.cpp" line="+36"/>
        <source>Duplicates of pair %1</source>
        <translation>Duplikate von Paar %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n pair(s) have the same two texts once case, links, @mentions and spacing are set aside (the images may differ). Labels: %1. Click a pair to show it.</source>
        <translation>
            <numerusform>%n Paar hat dieselben zwei Texte, wenn man von Groß-/Kleinschreibung, Links, @Erwähnungen und Leerraum absieht (die Bilder können sich unterscheiden). Labels: %1. Klicken Sie auf ein Paar, um es anzuzeigen.</numerusform>
            <numerusform>%n Paare haben dieselben zwei Texte, wenn man von Groß-/Kleinschreibung, Links, @Erwähnungen und Leerraum absieht (die Bilder können sich unterscheiden). Labels: %1. Klicken Sie auf ein Paar, um es anzuzeigen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pair</source>
        <translation>Paar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Predicted</source>
        <translation>Vorhersage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Image 1</source>
        <translation>Bild 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Image 2</source>
        <translation>Bild 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tweet 1</source>
        <translation>Tweet 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tweet 2</source>
        <translation>Tweet 2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 (%2%)</source>
        <translation>%1 (%2 %)</translation>
    </message>
</context>
<context>
    <name>entail::FetchTransfer</name>
    <message>
        <location filename="../model/fetch/fetchtransfer.cpp" line="+49"/>
        <source>the tweet id &quot;%1&quot; is not a number; images are named after ids only</source>
        <translation>die Tweet-ID „%1“ ist keine Zahl; Bilder werden nur nach IDs benannt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only http and https links are fetched, not &quot;%1&quot;</source>
        <translation>nur http- und https-Links werden geladen, nicht „%1“</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+35"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>the server announces %1 bytes, more than the limit of %2</source>
        <translation>der Server kündigt %1 Bytes an, mehr als die Grenze von %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>more than the limit of %1 bytes</source>
        <translation>mehr als die Grenze von %1 Bytes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no complete answer within %1 s</source>
        <translation>keine vollständige Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the transfer broke off after %1 of %2 bytes</source>
        <translation>die Übertragung brach nach %1 von %2 Bytes ab</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a redirect to &quot;%1&quot; is refused: only http and https links are followed</source>
        <translation>eine Weiterleitung nach „%1“ wird abgelehnt: nur http- und https-Links werden verfolgt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>more than %1 redirects</source>
        <translation>mehr als %1 Weiterleitungen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>cannot rename %1 to %2</source>
        <translation>%1 kann nicht in %2 umbenannt werden</translation>
    </message>
</context>
<context>
    <name>entail::FilterBar</name>
    <message>
        <location filename="../ui/pairs/filterbar.cpp" line="+42"/>
        <source>Search both texts, tweet ids or pair numbers</source>
        <translation>Beide Texte, Tweet-IDs oder Paarnummern durchsuchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any label</source>
        <translation>Jedes Label</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlabeled</source>
        <translation>Ohne Label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show pairs with this current label</source>
        <translation>Paare mit diesem aktuellen Label anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any prediction</source>
        <translation>Jede Vorhersage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No prediction</source>
        <translation>Keine Vorhersage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show pairs the model predicts as this label</source>
        <translation>Paare anzeigen, für die das Modell dieses Label vorhersagt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show pairs of this split</source>
        <translation>Paare dieser Teilmenge anzeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Model disagrees</source>
        <translation>Modell widerspricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only pairs where the prediction differs from the current label</source>
        <translation>Nur Paare, deren Vorhersage vom aktuellen Label abweicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrected</source>
        <translation>Korrigiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only pairs whose label was changed after import</source>
        <translation>Nur Paare, deren Label nach dem Import geändert wurde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image missing</source>
        <translation>Bild fehlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only pairs with at least one missing image</source>
        <translation>Nur Paare mit mindestens einem fehlenden Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likely label issue</source>
        <translation>Labelfehler-Verdacht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only pairs whose label is probably wrong (Model › Find label issues)</source>
        <translation>Nur Paare, deren Label wahrscheinlich falsch ist (Modell › Labelfehler finden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all</source>
        <translation>Alle anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear every filter</source>
        <translation>Alle Filter zurücksetzen</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Cannot read the texts</source>
        <translation>Texte nicht lesbar</translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>%n pair(s)</source>
        <translation>
            <numerusform>%n Paar</numerusform>
            <numerusform>%n Paare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n pair(s)</source>
        <translation>
            <numerusform>%1 von %n Paar</numerusform>
            <numerusform>%1 von %n Paaren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n to label</source>
        <translation>
            <numerusform>%n zu labeln</numerusform>
            <numerusform>%n zu labeln</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>all labeled</source>
        <translation>alle gelabelt</translation>
    </message>
</context>
<context>
    <name>entail::FirstRunGuide</name>
    <message>
        <location filename="../ui/help/firstrunguide.cpp" line="+36"/>
        <source>Started without a project, Entail Studio opens its demo project: 600 made-up tweet pairs, a few of them deliberately mislabelled. Try to find them.</source>
        <translation>Wird Entail Studio ohne Projekt gestartet, öffnet es sein Demoprojekt: 600 erfundene Tweet-Paare, von denen einige absichtlich falsch gelabelt sind. Versuchen Sie, sie zu finden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entail Studio shows the pairs of the open project. To practise on made-up data, choose File › Open the demo project: 600 tweet pairs, a few of them deliberately mislabelled.</source>
        <translation>Entail Studio zeigt die Paare des geöffneten Projekts. Zum Üben mit erfundenen Daten wählen Sie Datei › Demoprojekt öffnen: 600 Tweet-Paare, einige davon absichtlich falsch gelabelt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The window</source>
        <translation>Das Fenster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The table of pairs (top), with search and filters: select a pair to see it.</source>
        <translation>Die Tabelle der Paare (oben) mit Suche und Filtern: Wählen Sie ein Paar aus, um es anzusehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pair (below it): two tweet cards; words that only one of the texts has are highlighted.</source>
        <translation>Das Paar (darunter): zwei Tweet-Karten; Wörter, die nur in einem der beiden Texte vorkommen, sind hervorgehoben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model&apos;s prediction (beside the pair): bars for the full model, for the text alone and for the image alone.</source>
        <translation>Die Vorhersage des Modells (neben dem Paar): Balken für das vollständige Modell, nur für den Text und nur für das Bild.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Metrics (right): the confusion matrix; click a cell to list only its pairs.</source>
        <translation>Kennzahlen (rechts): die Konfusionsmatrix; klicken Sie auf eine Zelle, um nur deren Paare aufzulisten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train (toolbar): retrains the model in the background; you can keep working meanwhile.</source>
        <translation>Trainieren (Werkzeugleiste): trainiert das Modell im Hintergrund neu; Sie können währenddessen weiterarbeiten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>label the pair Contradictory / Implies / NoEntailment</source>
        <translation>das Paar als Widersprüchlich / Impliziert / Keine Folgerung labeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next / previous pair</source>
        <translation>nächstes / vorheriges Paar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next suspect: the next pair whose label is probably wrong</source>
        <translation>nächster Verdachtsfall: das nächste Paar, dessen Label wahrscheinlich falsch ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>undo / redo a label change</source>
        <translation>eine Label-Änderung rückgängig machen / wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all keyboard shortcuts</source>
        <translation>alle Tastenkürzel</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+2"/>
        <source>Welcome to Entail Studio</source>
        <translation>Willkommen bei Entail Studio</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Don&apos;t show this again</source>
        <translation>Nicht mehr anzeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start</source>
        <translation>Los geht’s</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Getting started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
</context>
<context>
    <name>entail::FlippedPairsModel</name>
    <message>
        <location filename="../ui/versions/flippedpairsmodel.cpp" line="+130"/>
        <source>train</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>now right</source>
        <translation>jetzt richtig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>now wrong</source>
        <translation>jetzt falsch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>still wrong</source>
        <translation>weiterhin falsch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unlabeled</source>
        <translation>ohne Label</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>First: %1
Second: %2</source>
        <translation>Erster: %1
Zweiter: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pair</source>
        <translation>Paar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split</source>
        <translation>Teilmenge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effect</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First tweet</source>
        <translation>Erster Tweet</translation>
    </message>
</context>
<context>
    <name>entail::HistoryPanel</name>
    <message>
        <location filename="../ui/review/historypanel.cpp" line="+59"/>
        <source>The label history of pair %1 is hidden until you label it (blind mode).</source>
        <translation>Der Label-Verlauf von Paar %1 bleibt verborgen, bis Sie es gelabelt haben (Blindmodus).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No pair selected.</source>
        <translation>Kein Paar ausgewählt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pair %1 has no recorded label changes.</source>
        <translation>Für Paar %1 sind keine Label-Änderungen verzeichnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label history of pair %1:</source>
        <translation>Label-Verlauf von Paar %1:</translation>
    </message>
</context>
<context>
    <name>entail::ImageFetchDialog</name>
    <message>
        <location filename="../ui/session/imagefetchdialog.cpp" line="+25"/>
        <source>Also try again the images that failed before</source>
        <translation>Auch die zuvor gescheiterten Bilder erneut versuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save failure list...</source>
        <translation>Fehlerliste speichern...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Get images</source>
        <translation>Bilder laden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the images that did not arrive as a CSV: tweet id, source, status, reason, time</source>
        <translation>Die nicht angekommenen Bilder als CSV speichern: Tweet-ID, Quelle, Status, Grund, Zeit</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Downloads the images of the tweets whose image is missing from the links in the project, into its images folder. The window stays usable meanwhile.</source>
        <translation>Lädt die fehlenden Bilder der Tweets von den Links im Projekt in seinen Bilderordner. Das Fenster bleibt währenddessen benutzbar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <source>Start</source>
        <translation>Los geht’s</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking for the images to fetch...</source>
        <translation>Die zu ladenden Bilder werden gesucht …</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelling...</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Downloading the archive: %1 MB received</source>
        <translation>Archiv wird heruntergeladen: %1 MB empfangen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 images, %3 MB received</source>
        <translation>%1 von %2 Bildern, %3 MB empfangen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>about %1 left</source>
        <translation>noch etwa %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot fetch the images: %1</source>
        <translation>Die Bilder können nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n image(s) fetched</source>
        <translation>
            <numerusform>%n Bild geladen</numerusform>
            <numerusform>%n Bilder geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n already present</source>
        <translation>
            <numerusform>%n schon vorhanden</numerusform>
            <numerusform>%n schon vorhanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n not found</source>
        <translation>
            <numerusform>%n nicht gefunden</numerusform>
            <numerusform>%n nicht gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n not an image</source>
        <translation>
            <numerusform>%n kein Bild</numerusform>
            <numerusform>%n keine Bilder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n too large</source>
        <translation>
            <numerusform>%n zu groß</numerusform>
            <numerusform>%n zu groß</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n timed out</source>
        <translation>
            <numerusform>%n Zeitüberschreitung</numerusform>
            <numerusform>%n Zeitüberschreitungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n abgelehnt</numerusform>
            <numerusform>%n abgelehnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n gescheitert</numerusform>
            <numerusform>%n gescheitert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n left out (failed before)</source>
        <translation>
            <numerusform>%n ausgelassen (schon gescheitert)</numerusform>
            <numerusform>%n ausgelassen (schon gescheitert)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n not in the archive</source>
        <translation>
            <numerusform>%n nicht im Archiv</numerusform>
            <numerusform>%n nicht im Archiv</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n archive entries of no missing image skipped</source>
        <translation>
            <numerusform>%n Archiveintrag ohne fehlendes Bild übersprungen</numerusform>
            <numerusform>%n Archiveinträge ohne fehlendes Bild übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images folder: %1</source>
        <translation>Bilderordner: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No project is open.</source>
        <translation>Es ist kein Projekt geöffnet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save failure list</source>
        <translation>Fehlerliste speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Failure list saved as %1</source>
        <translation>Fehlerliste als %1 gespeichert</translation>
    </message>
</context>
<context>
    <name>entail::ImageFetcher</name>
    <message>
        <location filename="../model/fetch/imagefetcher.cpp" line="+73"/>
        <source>%1: the disk is nearly full (%2 MB free); fetching stopped</source>
        <translation>%1: Der Datenträger ist fast voll (%2 MB frei); das Laden wurde beendet</translation>
    </message>
</context>
<context>
    <name>entail::ImageLabel</name>
    <message>
        <location filename="../ui/review/imagelabel.cpp" line="+23"/>
        <source>Click to zoom</source>
        <translation>Zum Vergrößern klicken</translation>
    </message>
</context>
<context>
    <name>entail::ImageSourceChooser</name>
    <message>
        <location filename="../ui/session/imagesourcechooser.cpp" line="+12"/>
        <source>From the links in the data</source>
        <translation>Von den Links in den Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From an archive file or URL (.tar.gz, .tar, .zip):</source>
        <translation>Aus einer Archivdatei oder URL (.tar.gz, .tar, .zip):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose...</source>
        <translation>Auswählen...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tweet_images.tar.gz or https://...</source>
        <translation>tweet_images.tar.gz oder https://...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entries named after a tweet id (1234.jpg, 1234.png, ...) in any folder become the tweets&apos; images</source>
        <translation>Einträge, die nach einer Tweet-ID benannt sind (1234.jpg, 1234.png, ...), werden in jedem Ordner zu den Bildern der Tweets</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose an image archive</source>
        <translation>Bildarchiv auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archives (*.tar.gz *.tgz *.tar *.zip);;All files (*)</source>
        <translation>Archive (*.tar.gz *.tgz *.tar *.zip);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>entail::LabelBar</name>
    <message>
        <location filename="../ui/review/labelbar.cpp" line="+29"/>
        <source>Label this pair %1 (key %2)</source>
        <translation>Dieses Paar mit „%1“ labeln (Taste %2)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Previous pair (K)</source>
        <translation>Vorheriges Paar (K)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Next pair (J)</source>
        <translation>Nächstes Paar (J)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next suspect</source>
        <translation>Nächster Verdachtsfall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next pair where the model disagrees with the label, most confident first (N)</source>
        <translation>Nächstes Paar, bei dem das Modell dem Label widerspricht, das sicherste zuerst (N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keyboard shortcuts (?)</source>
        <translation>Tastenkürzel (?)</translation>
    </message>
</context>
<context>
    <name>entail::LabelIssueJob</name>
    <message numerus="yes">
        <location filename="../ui/labelissues/labelissuejob.cpp" line="+44"/>
        <source>%1: at least %n labeled pair(s) are needed to find label issues</source>
        <translation>
            <numerusform>%1: Zum Finden von Labelfehlern wird mindestens %n gelabeltes Paar benötigt</numerusform>
            <numerusform>%1: Zum Finden von Labelfehlern werden mindestens %n gelabelte Paare benötigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entail::LabelIssuePanel</name>
    <message>
        <location filename="../ui/labelissues/labelissuepanel.cpp" line="+19"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Label issues</source>
        <translation>Labelfehler</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Scoring every labeled pair with models that did not train on it...</source>
        <translation>Jedes gelabelte Paar wird mit Modellen bewertet, die nicht darauf trainiert wurden...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not computed yet: find the pairs whose label is probably wrong.</source>
        <translation>Noch nicht berechnet: Finden Sie die Paare, deren Label wahrscheinlich falsch ist.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n likely label issue(s) among %1 labeled pairs (%2-fold, computed %3).</source>
        <translation>
            <numerusform>%n wahrscheinlicher Labelfehler unter %1 gelabelten Paaren (%2 Folds, berechnet %3).</numerusform>
            <numerusform>%n wahrscheinliche Labelfehler unter %1 gelabelten Paaren (%2 Folds, berechnet %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Computed before the last %n correction(s): find again.</source>
        <translation>
            <numerusform>Seit der Berechnung gab es %n Korrektur: erneut suchen.</numerusform>
            <numerusform>Seit der Berechnung gab es %n Korrekturen: erneut suchen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Computed from other labels than the current ones: find again.</source>
        <translation>Aus anderen als den aktuellen Labels berechnet: erneut suchen.</translation>
    </message>
</context>
<context>
    <name>entail::LabelIssuesFeature</name>
    <message>
        <location filename="../ui/labelissues/labelissuesfeature.cpp" line="+56"/>
        <source>Find &amp;label issues</source>
        <translation>Label&amp;fehler finden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score every labeled pair with models that did not train on it and list the labels that are probably wrong (runs in the background)</source>
        <translation>Jedes gelabelte Paar mit Modellen bewerten, die nicht darauf trainiert wurden, und die wahrscheinlich falschen Labels auflisten (läuft im Hintergrund)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Accept the suggested label</source>
        <translation>Vorgeschlagenes Label &amp;annehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pre&amp;vious suspect</source>
        <translation>Vorheriger Verdachts&amp;fall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shift+N</source>
        <translation>Shift+N</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous suspect walks the label issues: Model › Find label issues first.</source>
        <translation>„Vorheriger Verdachtsfall“ geht die Labelfehler durch: zuerst Modell › Labelfehler finden.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Finding label issues in the background...</source>
        <translation>Labelfehler werden im Hintergrund gesucht...</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Finding label issues was cancelled; the earlier scores stay.</source>
        <translation>Die Suche nach Labelfehlern wurde abgebrochen; die früheren Werte bleiben erhalten.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Found %n likely label issue(s) in %1 s: press N to review them.</source>
        <translation>
            <numerusform>%n wahrscheinlichen Labelfehler in %1 s gefunden: Drücken Sie N, um ihn zu prüfen.</numerusform>
            <numerusform>%n wahrscheinliche Labelfehler in %1 s gefunden: Drücken Sie N, um sie zu prüfen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Label issues</source>
        <translation>Labelfehler</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No likely label issue among the shown pairs.</source>
        <translation>Kein wahrscheinlicher Labelfehler unter den angezeigten Paaren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Suspect %1 of %2: given %3, probably %4 (quality %5)</source>
        <translation>Verdachtsfall %1 von %2: vergeben %3, vermutlich %4 (Qualität %5)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing to accept: no label other than the current one is suggested for this pair.</source>
        <translation>Nichts zu übernehmen: Für dieses Paar wird kein anderes als das aktuelle Label vorgeschlagen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pair %1 is now %2 (saved)</source>
        <translation>Paar %1 ist jetzt %2 (gespeichert)</translation>
    </message>
</context>
<context>
    <name>entail::LanguageMenu</name>
    <message>
        <location filename="../ui/shell/languagemenu.cpp" line="+11"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Applies when Entail Studio starts again</source>
        <translation>Gilt nach einem Neustart von Entail Studio</translation>
    </message>
</context>
<context>
    <name>entail::MainWindow</name>
    <message>
        <location filename="../ui/shell/mainwindowlayout.cpp" line="+78"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="+80"/>
        <source>No project is open.
Use File › Open... or File › New project from CSV...</source>
        <translation>Es ist kein Projekt geöffnet.
Verwenden Sie Datei › Öffnen … oder Datei › Neues Projekt aus CSV-Datei …</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Label as %1</source>
        <translation>Label „%1“ setzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Next pair</source>
        <translation>&amp;Nächstes Paar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>J</source>
        <translation>J</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous pair</source>
        <translation>&amp;Vorheriges Paar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next &amp;suspect</source>
        <translation>Nächster V&amp;erdachtsfall</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>No shown pair where the model disagrees with the label.</source>
        <translation>Kein angezeigtes Paar, bei dem das Modell dem Label widerspricht.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Suspects need predictions: load a model first.</source>
        <translation>Verdachtsfälle brauchen Vorhersagen: Laden Sie zuerst ein Modell.</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>&amp;Find...</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;all pairs</source>
        <translation>&amp;Alle Paare anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Predict all pairs</source>
        <translation>Alle Paare &amp;vorhersagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel prediction</source>
        <translation>Vorhersage &amp;abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindowmenus.cpp" line="+31"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Label</source>
        <translation>&amp;Label</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Move to the next pair after labelling</source>
        <translation>Nach dem Labeln zum nächsten Paar &amp;gehen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Model</source>
        <translation>&amp;Modell</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="+25"/>
        <source>Select a pair in the table to see it here.</source>
        <translation>Wählen Sie ein Paar in der Tabelle aus, um es hier zu sehen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Undone: %1 (saved)</source>
        <translation>Rückgängig gemacht: %1 (gespeichert)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redone: %1 (saved)</source>
        <translation>Wiederhergestellt: %1 (gespeichert)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot load the model</source>
        <translation>Das Modell kann nicht geladen werden</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Pairs labeled %1 are skipped: the model never predicts that label, so its disagreement there says nothing about the label.</source>
        <translation>Paare mit dem Label %1 werden übersprungen: Das Modell sagt dieses Label nie vorher, sein Widerspruch sagt dort also nichts über das Label.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No image files were found for this project, so the pairs are shown with text only. The tweets link to their images: download them with Get images.</source>
        <translation>Für dieses Projekt wurden keine Bilddateien gefunden, daher werden die Paare nur mit Text gezeigt. Die Tweets verlinken ihre Bilder: Laden Sie sie mit „Bilder laden“ herunter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Get images...</source>
        <translation>Bilder laden …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The images folder %1 was not found, so the pairs are shown with text only and the model treats the images as missing.</source>
        <translation>Der Bilderordner %1 wurde nicht gefunden; die Paare werden daher nur mit Text angezeigt, und das Modell behandelt die Bilder als fehlend.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>Locate images...</source>
        <translation>Bilder suchen …</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>No image files were found for this project, so the pairs are shown with text only and the model treats the images as missing.</source>
        <translation>Für dieses Projekt wurden keine Bilddateien gefunden; die Paare werden daher nur mit Text angezeigt, und das Modell behandelt die Bilder als fehlend.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 — Entail Studio</source>
        <translation>%1 — Entail Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entail Studio</source>
        <translation>Entail Studio</translation>
    </message>
</context>
<context>
    <name>entail::MessageBanner</name>
    <message>
        <location filename="../ui/shell/messagebanner.cpp" line="+23"/>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
</context>
<context>
    <name>entail::MetricsDock</name>
    <message>
        <location filename="../ui/metrics/metricsdock.cpp" line="+19"/>
        <source>Metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Accuracy – &amp;nbsp;&amp;nbsp; Macro-F1 –</source>
        <translation>Genauigkeit – &amp;nbsp;&amp;nbsp; Makro-F1 –</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>boost %1</source>
        <translation>Verstärkung %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Accuracy &lt;b&gt;%1&lt;/b&gt; &amp;nbsp;&amp;nbsp; Macro-F1 &lt;b&gt;%2&lt;/b&gt; &amp;nbsp;&amp;nbsp; &lt;span style=&quot;color:gray&quot;&gt;%n labeled pair(s)&lt;/span&gt;</source>
        <translation>
            <numerusform>Genauigkeit &lt;b&gt;%1&lt;/b&gt; &amp;nbsp;&amp;nbsp; Makro-F1 &lt;b&gt;%2&lt;/b&gt; &amp;nbsp;&amp;nbsp; &lt;span style=&quot;color:gray&quot;&gt;%n gelabeltes Paar&lt;/span&gt;</numerusform>
            <numerusform>Genauigkeit &lt;b&gt;%1&lt;/b&gt; &amp;nbsp;&amp;nbsp; Makro-F1 &lt;b&gt;%2&lt;/b&gt; &amp;nbsp;&amp;nbsp; &lt;span style=&quot;color:gray&quot;&gt;%n gelabelte Paare&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Always answering %1 scores accuracy %2, macro-F1 %3.</source>
        <translation>Immer %1 zu antworten ergibt Genauigkeit %2, Makro-F1 %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The model never predicts %1: it misses every such pair, and its disagreement there says nothing about the label.</source>
        <translation>Das Modell sagt %1 nie vorher: Es verfehlt jedes solche Paar, und sein Widerspruch sagt dort nichts über das Label.</translation>
    </message>
</context>
<context>
    <name>entail::ModelVersionsModel</name>
    <message>
        <location filename="../ui/versions/modelversionsmodel.cpp" line="+66"/>
        <source>cross-entropy</source>
        <translation>Kreuzentropie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>class-weighted</source>
        <translation>klassengewichtet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>focal</source>
        <translation>Focal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>encoders + heads</source>
        <translation>Encoder + Köpfe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>heads only</source>
        <translation>nur Köpfe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trained</source>
        <translation>Trainiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best epoch</source>
        <translation>Beste Epoche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training pairs</source>
        <translation>Trainingspaare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Val. macro-F1</source>
        <translation>Val.-Makro-F1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Val. accuracy</source>
        <translation>Val.-Genauigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test macro-F1</source>
        <translation>Test-Makro-F1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>entail::ModelsPanel</name>
    <message>
        <location filename="../ui/versions/modelspanel.cpp" line="+77"/>
        <source>Co&amp;mpare with active</source>
        <translation>&amp;Mit aktivem vergleichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Activate</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All pairs</source>
        <translation>Alle Paare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validation and test pairs</source>
        <translation>Validierungs- und Testpaare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which pairs the comparison counts</source>
        <translation>Welche Paare der Vergleich zählt</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+97"/>
        <source>Select a version and press Compare.</source>
        <translation>Wählen Sie eine Version aus und klicken Sie auf Vergleichen.</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Click a pair to show it</source>
        <translation>Klicken Sie auf ein Paar, um es anzuzeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pairs whose predicted label changed (click one to show it):</source>
        <translation>Paare, deren vorhergesagtes Label sich geändert hat (zum Anzeigen anklicken):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+185"/>
        <source>Cannot compare: %1</source>
        <translation>Vergleich nicht möglich: %1</translation>
    </message>
    <message numerus="yes">
        <location line="-111"/>
        <source>%n pair(s): accuracy %1, macro-F1 %2, weighted F1 %3</source>
        <translation>
            <numerusform>%n Paar: Genauigkeit %1, Makro-F1 %2, gewichteter F1 %3</numerusform>
            <numerusform>%n Paare: Genauigkeit %1, Makro-F1 %2, gewichteter F1 %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recall</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Support</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No model version yet: train one.</source>
        <translation>Noch keine Modellversion: Trainieren Sie eine.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (active)</source>
        <translation> (aktiv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created %1</source>
        <translation>Erstellt am %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> Rare-label boost %1.</source>
        <translation> Verstärkung seltener Labels %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loss %1; epochs %2; learning rate %3; batch %4; modality dropout %5; %6; %7.</source>
        <translation>Loss %1; Epochen %2; Lernrate %3; Batch %4; Modalitäts-Dropout %5; %6; %7.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>encoders and heads trained</source>
        <translation>Encoder und Köpfe trainiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>heads only</source>
        <translation>nur Köpfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text and images</source>
        <translation>Text und Bilder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>text only</source>
        <translation>nur Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label snapshot: %1 training, %2 validation, %3 test pairs labeled (digest %4).</source>
        <translation>Label-Stand: %1 Trainings-, %2 Validierungs-, %3 Testpaare gelabelt (Prüfsumme %4).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Best epoch %1 of %2, trained in %3 s.</source>
        <translation>Beste Epoche %1 von %2, trainiert in %3 s.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No metrics were recorded for this version.</source>
        <translation>Für diese Version wurden keine Kennzahlen gespeichert.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>There is no active version to compare with.</source>
        <translation>Es gibt keine aktive Version zum Vergleichen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Predicting all pairs with %1 before comparing…</source>
        <translation>Vor dem Vergleich werden alle Paare mit %1 vorhergesagt …</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%1 against the active %2 on %n pair(s)</source>
        <translation>
            <numerusform>%1 gegen die aktive %2 auf %n Paar</numerusform>
            <numerusform>%1 gegen die aktive %2 auf %n Paaren</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>macro-F1 %1 → %2, accuracy %3 → %4 (current labels). </source>
        <translation>Makro-F1 %1 → %2, Genauigkeit %3 → %4 (aktuelle Labels). </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n prediction(s) flipped: </source>
        <translation>
            <numerusform>%n Vorhersage geändert: </numerusform>
            <numerusform>%n Vorhersagen geändert: </numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 now right, %2 now wrong, %3 other.</source>
        <translation>%1 jetzt richtig, %2 jetzt falsch, %3 andere.</translation>
    </message>
</context>
<context>
    <name>entail::NewProjectDialog</name>
    <message>
        <location filename="../ui/session/newprojectdialog.cpp" line="+21"/>
        <source>Browse...</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New project from CSV</source>
        <translation>Neues Projekt aus CSV-Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a CSV with the columns id_1, text_1, image_1, id_2, text_2, image_2, label. Images are looked up as &amp;lt;tweet id&amp;gt;.&amp;lt;extension&amp;gt; in the images folder; without one, the project opens with text only.</source>
        <translation>Importiert eine CSV-Datei mit den Spalten id_1, text_1, image_1, id_2, text_2, image_2, label. Bilder werden als &amp;lt;Tweet-ID&amp;gt;.&amp;lt;Endung&amp;gt; im Bilderordner gesucht; ohne Bilderordner öffnet sich das Projekt nur mit Text.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV file:</source>
        <translation>CSV-Datei:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the CSV file</source>
        <translation>CSV-Datei auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Images folder:</source>
        <translation>Bilderordner:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the images folder</source>
        <translation>Bilderordner auswählen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save project as:</source>
        <translation>Projekt speichern als:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the new project as</source>
        <translation>Neues Projekt speichern als</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entail Studio projects (*.entail)</source>
        <translation>Entail-Studio-Projekte (*.entail)</translation>
    </message>
</context>
<context>
    <name>entail::NoiseMatrixView</name>
    <message>
        <location filename="../ui/labelissues/noisematrixview.cpp" line="+21"/>
        <source>Estimated pairs per given label (rows) and probable true label (columns). Off the diagonal: likely wrong labels. Click a cell to list its pairs.</source>
        <translation>Geschätzte Paare je vergebenem Label (Zeilen) und wahrscheinlichem wahren Label (Spalten). Außerhalb der Diagonale: wahrscheinlich falsche Labels. Klicken Sie auf eine Zelle, um ihre Paare aufzulisten.</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Given %1, probably %2: about %3 pairs (estimate). Click to list the %n pair(s) scored so.</source>
        <translation>
            <numerusform>Vergeben %1, vermutlich %2: etwa %3 Paare (Schätzung). Klicken, um das %n so eingestufte Paar aufzulisten.</numerusform>
            <numerusform>Vergeben %1, vermutlich %2: etwa %3 Paare (Schätzung). Klicken, um die %n so eingestuften Paare aufzulisten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entail::PairFilterProxy</name>
    <message>
        <location filename="../ui/pairs/pairfilterproxy.cpp" line="+111"/>
        <location line="+40"/>
        <source>Sorting %L1 pairs...</source>
        <translation>Sortiere %L1 Paare...</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Cannot order the pairs by their texts: %1</source>
        <translation>Die Paare können nicht nach ihren Texten sortiert werden: %1</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Searching %L1 pairs...</source>
        <translation>Durchsuche %L1 Paare...</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot search the pairs&apos; texts: %1</source>
        <translation>Die Texte der Paare können nicht durchsucht werden: %1</translation>
    </message>
</context>
<context>
    <name>entail::PairTableModel</name>
    <message>
        <location filename="../ui/pairs/pairtablemodel.cpp" line="+211"/>
        <source>wrong</source>
        <translation>falsch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>right</source>
        <translation>richtig</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>corrected</source>
        <translation>korrigiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>image missing</source>
        <translation>Bild fehlt</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Pair %1: tweets %2 and %3 (%4 split)</source>
        <translation>Paar %1: Tweets %2 und %3 (Teilmenge: %4)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No prediction: load a model to see one</source>
        <translation>Keine Vorhersage: Laden Sie ein Modell, um eine zu sehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model gives %1 a probability of %2%</source>
        <translation>Das Modell gibt %1 eine Wahrscheinlichkeit von %2 %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model disagrees with the current label</source>
        <translation>Das Modell widerspricht dem aktuellen Label</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Likely label issue: probably %1.</source>
        <translation>Wahrscheinlicher Labelfehler: vermutlich %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out-of-fold probability of the current label: %1</source>
        <translation>Out-of-Fold-Wahrscheinlichkeit des aktuellen Labels: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pair number in the project</source>
        <translation>Nummer des Paares im Projekt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pair</source>
        <translation>Paar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first tweet (text_1)</source>
        <translation>Der erste Tweet (text_1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tweet 1</source>
        <translation>Tweet 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The second tweet (text_2)</source>
        <translation>Der zweite Tweet (text_2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tweet 2</source>
        <translation>Tweet 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The label as imported</source>
        <translation>Das Label, wie es importiert wurde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The label after your corrections</source>
        <translation>Das Label nach Ihren Korrekturen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The loaded model&apos;s prediction</source>
        <translation>Die Vorhersage des geladenen Modells</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Predicted</source>
        <translation>Vorhersage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model&apos;s probability for its prediction</source>
        <translation>Die Wahrscheinlichkeit, die das Modell seiner Vorhersage gibt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does the prediction match the current label?</source>
        <translation>Stimmt die Vorhersage mit dem aktuellen Label überein?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrected labels, missing images, review states and duplicate texts</source>
        <translation>Korrigierte Labels, fehlende Bilder, Prüfstatus und doppelte Texte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How likely the current label is right, from a model that did not train on this pair (low: likely wrong; Model › Find label issues)</source>
        <translation>Wie wahrscheinlich das aktuelle Label richtig ist, laut einem Modell, das nicht auf diesem Paar trainiert wurde (niedrig: wahrscheinlich falsch; Modell › Labelfehler finden)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Flags</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location filename="../ui/pairs/pairtablemodelblind.cpp" line="+17"/>
        <source>hidden</source>
        <translation>verborgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blind mode: hidden until you label this pair (View › Blind mode)</source>
        <translation>Blindmodus: verborgen, bis Sie dieses Paar gelabelt haben (Ansicht › Blindmodus)</translation>
    </message>
    <message>
        <location filename="../ui/pairs/pairtablemodeltexts.cpp" line="+27"/>
        <source>(this text could not be read from the project)</source>
        <translation>(dieser Text konnte nicht aus dem Projekt gelesen werden)</translation>
    </message>
</context>
<context>
    <name>entail::PairView</name>
    <message>
        <location filename="../ui/review/pairview.cpp" line="+29"/>
        <source>Tweet 1</source>
        <translation>Tweet 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tweet 2</source>
        <translation>Tweet 2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Select a pair in the table to see it here.</source>
        <translation>Wählen Sie ein Paar in der Tabelle aus, um es hier zu sehen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This tweet has no image.</source>
        <translation>Dieser Tweet hat kein Bild.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Image not available: the project has no images folder.
Use File › Locate images... to choose one.</source>
        <translation>Bild nicht verfügbar: Das Projekt hat keinen Bilderordner.
Wählen Sie einen mit Datei › Bilder suchen …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Image not available: the images folder
%1
does not exist.</source>
        <translation>Bild nicht verfügbar: Der Bilderordner
%1
existiert nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image not available: no file for tweet %1
in %2.</source>
        <translation>Bild nicht verfügbar: keine Datei für Tweet %1
in %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;i&gt;hidden until you label it (blind mode)&lt;/i&gt;</source>
        <translation>&lt;i&gt;verborgen, bis Sie es gelabelt haben (Blindmodus)&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Pair %1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; %2 split &amp;nbsp;·&amp;nbsp; label %3</source>
        <translation>&lt;b&gt;Paar %1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; Teilmenge %2 &amp;nbsp;·&amp;nbsp; Label %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> &amp;nbsp;&lt;i&gt;(corrected; imported as %1)&lt;/i&gt;</source>
        <translation> &amp;nbsp;&lt;i&gt;(korrigiert; importiert als %1)&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>entail::PredictionPanel</name>
    <message>
        <location filename="../ui/prediction/predictionpanel.cpp" line="+37"/>
        <source>Model prediction</source>
        <translation>Vorhersage des Modells</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No model is loaded, so there are no predictions yet.
Train one on this project&apos;s labels (it runs in the background, you can keep working) or load a trained model file.</source>
        <translation>Es ist kein Modell geladen, daher gibt es noch keine Vorhersagen.
Trainieren Sie eines mit den Labels dieses Projekts (das läuft im Hintergrund, Sie können weiterarbeiten) oder laden Sie eine trainierte Modelldatei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Train a model...</source>
        <translation>Modell trainieren …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load model...</source>
        <translation>Modell laden …</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Text and image</source>
        <translation>Text und Bild</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text only (image masked)</source>
        <translation>Nur Text (Bild ausgeblendet)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Image only (text masked)</source>
        <translation>Nur Bild (Text ausgeblendet)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Predict all pairs</source>
        <translation>Alle Paare vorhersagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the model on every pair of the project, in the background</source>
        <translation>Das Modell im Hintergrund auf jedes Paar des Projekts anwenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+76"/>
        <source>%v of %m pairs</source>
        <translation>%v von %m Paaren</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Model: %1</source>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Predicting...</source>
        <translation>Vorhersage läuft …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Blind mode: the model&apos;s prediction is hidden until you label this pair.</source>
        <translation>Blindmodus: Die Vorhersage des Modells bleibt verborgen, bis Sie dieses Paar gelabelt haben.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Both images are missing: the call rests on the text alone.</source>
        <translation>Beide Bilder fehlen: Die Vorhersage beruht allein auf dem Text.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text alone and image alone lead to the same call.</source>
        <translation>Text allein und Bild allein führen zur selben Entscheidung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The text alone leads to this call; the image alone does not.</source>
        <translation>Der Text allein führt zu dieser Entscheidung, das Bild allein nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The image alone leads to this call; the text alone does not.</source>
        <translation>Das Bild allein führt zu dieser Entscheidung, der Text allein nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only text and image together lead to this call.</source>
        <translation>Nur Text und Bild zusammen führen zu dieser Entscheidung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;The model disagrees with the label (%1).&lt;/b&gt; </source>
        <translation>&lt;b&gt;Das Modell widerspricht dem Label (%1).&lt;/b&gt; </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 of %2 pairs</source>
        <translation>%1 von %2 Paaren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 pairs, %3 pairs/s, %4 left</source>
        <translation>%1 von %2 Paaren, %3 Paare/s, noch %4</translation>
    </message>
</context>
<context>
    <name>entail::ProjectActions</name>
    <message>
        <location filename="../ui/session/projectactions.cpp" line="+36"/>
        <source>&amp;New project from CSV...</source>
        <translation>&amp;Neues Projekt aus CSV-Datei …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open...</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;demo project</source>
        <translation>&amp;Demoprojekt öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export labels...</source>
        <translation>Labels &amp;exportieren …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;predictions...</source>
        <translation>&amp;Vorhersagen exportieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write every pair&apos;s label, prediction and probabilities as CSV</source>
        <translation>Label, Vorhersage und Wahrscheinlichkeiten jedes Paares als CSV schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a &amp;backup...</source>
        <translation>&amp;Sicherungskopie speichern …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a consistent single-file copy of the project, also while it is in use</source>
        <translation>Eine konsistente Kopie des Projekts in einer Datei schreiben, auch während es benutzt wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Locate images...</source>
        <translation>&amp;Bilder suchen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Get images...</source>
        <translation>Bilder &amp;laden …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download the missing images from the links in the project, in the background</source>
        <translation>Die fehlenden Bilder von den Links im Projekt im Hintergrund herunterladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Load model...</source>
        <translation>Modell &amp;laden …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotator &amp;name...</source>
        <translation>Name des &amp;Annotators …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a CSV file of tweet pairs into a new project</source>
        <translation>Eine CSV-Datei mit Tweet-Paaren in ein neues Projekt importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load a trained model file and predict every pair</source>
        <translation>Eine trainierte Modelldatei laden und jedes Paar vorhersagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+178"/>
        <source>Cannot save the backup</source>
        <translation>Die Sicherungskopie kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>Saved a backup to %1</source>
        <translation>Sicherungskopie in %1 gespeichert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Images folder %1: found %2 of %3 images.</source>
        <translation>Bilderordner %1: %2 von %3 Bildern gefunden.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot export the labels</source>
        <translation>Die Labels können nicht exportiert werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported the labels to %1</source>
        <translation>Labels nach %1 exportiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the images stay in %1: choose it as the images folder when importing the file</source>
        <translation>Die Bilder bleiben in %1: Wählen Sie diesen Ordner beim Import der Datei als Bilderordner</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Project not found</source>
        <translation>Projekt nicht gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 does not exist any more. Remove it from the list?</source>
        <translation>%1 existiert nicht mehr. Aus der Liste entfernen?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No recent projects</source>
        <translation>Keine zuletzt geöffneten Projekte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear the list</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Open a project</source>
        <translation>Ein Projekt öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+74"/>
        <source>Entail Studio projects (*.entail);;All files (*)</source>
        <translation>Entail-Studio-Projekte (*.entail);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Project exists</source>
        <translation>Projekt existiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 exists already. Open it instead of importing the CSV again?</source>
        <translation>%1 existiert bereits. Das Projekt öffnen, statt die CSV-Datei erneut zu importieren?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export labels</source>
        <translation>Labels exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (*.csv);;JSON Lines (*.jsonl)</source>
        <translation>CSV (*.csv);;JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export predictions</source>
        <translation>Vorhersagen exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot export the predictions</source>
        <translation>Die Vorhersagen können nicht exportiert werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported the predictions to %1</source>
        <translation>Vorhersagen nach %1 exportiert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save a backup of the project</source>
        <translation>Sicherungskopie des Projekts speichern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A backup cannot replace the project itself.</source>
        <translation>Eine Sicherungskopie kann nicht das Projekt selbst ersetzen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Load a trained model</source>
        <translation>Ein trainiertes Modell laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entail Studio models (*.entailmodel);;All files (*)</source>
        <translation>Entail-Studio-Modelle (*.entailmodel);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Locate the images folder</source>
        <translation>Bilderordner suchen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Annotator name</source>
        <translation>Name des Annotators</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name, recorded with each label correction:</source>
        <translation>Ihr Name, der mit jeder Label-Korrektur gespeichert wird:</translation>
    </message>
</context>
<context>
    <name>entail::ProjectSession</name>
    <message>
        <location filename="../ui/session/modelfilecopy.cpp" line="+57"/>
        <source>%1: cannot copy the model into %2</source>
        <translation>%1: Das Modell kann nicht nach %2 kopiert werden</translation>
    </message>
    <message>
        <location filename="../ui/session/projectsession.cpp" line="+43"/>
        <source>%1: cannot replace the file</source>
        <translation>%1: Die Datei kann nicht ersetzt werden</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Opening %1</source>
        <translation>%1 wird geöffnet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Importing %1</source>
        <translation>%1 wird importiert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opening the demo project</source>
        <translation>Das Demoprojekt wird geöffnet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Creating the demo project</source>
        <translation>Das Demoprojekt wird erstellt</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The project&apos;s model %1 could not be loaded: %2</source>
        <translation>Das Modell %1 des Projekts konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/session/projectsessionimages.cpp" line="+33"/>
        <source>Looking for images in %1</source>
        <translation>Bilder werden in %1 gesucht</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot use the images folder</source>
        <translation>Der Bilderordner kann nicht verwendet werden</translation>
    </message>
    <message>
        <location filename="../ui/session/projectsession.cpp" line="+17"/>
        <source>Loading the model %1</source>
        <translation>Das Modell %1 wird geladen</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Exporting to %1</source>
        <translation>Export nach %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: cannot write the file</source>
        <translation>%1: Die Datei kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Part of the project file was deleted</source>
        <translation>Ein Teil der Projektdatei wurde gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was deleted or replaced while the project is open. The project is the file plus this one: corrections made from now on may be lost when the app ends. Save a consistent copy now with File › Save a backup... (or `entail project backup`), then reopen the project.</source>
        <translation>%1 wurde gelöscht oder ersetzt, während das Projekt geöffnet ist. Das Projekt besteht aus der Datei und dieser Datei: Ab jetzt vorgenommene Korrekturen können verloren gehen, wenn die Anwendung endet. Speichern Sie jetzt eine konsistente Kopie mit Datei › Sicherungskopie speichern … (oder `entail project backup`) und öffnen Sie das Projekt dann erneut.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saving a backup to %1</source>
        <translation>Sicherungskopie wird in %1 gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/session/projectsessionteam.cpp" line="+21"/>
        <source>The label was not saved</source>
        <translation>Das Label wurde nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>entail::ReviewFeature</name>
    <message>
        <location filename="../ui/reviewstate/reviewfeature.cpp" line="+31"/>
        <source>S&amp;kip</source>
        <translation>Übers&amp;pringen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skip this pair for now (key S)</source>
        <translation>Dieses Paar vorerst überspringen (Taste S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unsure</source>
        <translation>&amp;Unsicher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark this pair as unsure (key U)</source>
        <translation>Dieses Paar als unsicher markieren (Taste U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label is &amp;right</source>
        <translation>Label ist &amp;richtig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm this pair&apos;s label; it holds while the label stays (key R)</source>
        <translation>Das Label dieses Paares bestätigen; gilt, solange das Label bleibt (Taste R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Comment...</source>
        <translation>&amp;Kommentar...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write a comment on this pair</source>
        <translation>Einen Kommentar zu diesem Paar schreiben</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Show pairs with this review state</source>
        <translation>Paare mit diesem Prüfstatus anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review: any</source>
        <translation>Prüfung: alle</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Pair %1 has no label to confirm: label it first.</source>
        <translation>Paar %1 hat kein Label zum Bestätigen: Labeln Sie es zuerst.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pair %1: %2 (saved)</source>
        <translation>Paar %1: %2 (gespeichert)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Pair %1: comment saved</source>
        <translation>Paar %1: Kommentar gespeichert</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cannot save the review</source>
        <translation>Die Prüfung kann nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>entail::ServerProjectDialog</name>
    <message>
        <location filename="../ui/team/serverprojectdialog.cpp" line="+20"/>
        <source>Open server project</source>
        <translation>Serverprojekt öffnen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(the client&apos;s default)</source>
        <translation>(Vorgabe des Clients)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project:</source>
        <translation>Projekt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSL mode:</source>
        <translation>SSL-Modus:</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>User, database and project are needed.</source>
        <translation>Benutzer, Datenbank und Projekt sind erforderlich.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Server password</source>
        <translation>Serverpasswort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

Password for %2 (kept only while the program runs):</source>
        <translation>%1

Passwort für %2 (wird nur während der Programmlaufzeit aufbewahrt):</translation>
    </message>
</context>
<context>
    <name>entail::ShortcutsDialog</name>
    <message>
        <location filename="../ui/help/shortcutsdialog.cpp" line="+12"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Up / Down</source>
        <translation>Hoch / Runter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous / next pair (in the table)</source>
        <translation>Vorheriges / nächstes Paar (in der Tabelle)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc / Enter / Down</source>
        <translation>Esc / Eingabe / Pfeil ab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leave the search box for the table</source>
        <translation>Das Suchfeld verlassen und zur Tabelle wechseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click a matrix cell</source>
        <translation>Klick auf eine Matrixzelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>List the pairs of that cell</source>
        <translation>Die Paare dieser Zelle auflisten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;Keys work everywhere except while typing in the search box.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Tasten funktionieren überall, außer beim Tippen im Suchfeld.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>entail::TeamFeature</name>
    <message>
        <location filename="../ui/team/teamfeature.cpp" line="+34"/>
        <source>Open &amp;server project...</source>
        <translation>&amp;Serverprojekt öffnen...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Adjudicate disagreements...</source>
        <translation>Uneinigkeiten &amp;entscheiden...</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Reading the annotators&apos; labels</source>
        <translation>Labels der Annotatoren werden gelesen</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>%1: %n pair(s)</source>
        <translation>
            <numerusform>%1: %n Paar</numerusform>
            <numerusform>%1: %n Paare</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Connecting to %1</source>
        <translation>Verbindung mit %1 wird hergestellt</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The server asks for a password.</source>
        <translation>Der Server verlangt ein Passwort.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wrong password.</source>
        <translation>Falsches Passwort.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot open the project</source>
        <translation>Das Projekt kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>entail::TeamWork</name>
    <message>
        <location filename="../ui/team/teamwork.cpp" line="+34"/>
        <source>&amp;Blind mode</source>
        <translation>&amp;Blindmodus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Team mode: hide the pair&apos;s labels, the original label and the model&apos;s prediction until you have labelled it</source>
        <translation>Teammodus: die Labels des Paars, das ursprüngliche Label und die Vorhersage des Modells verbergen, bis Sie es gelabelt haben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep every annotator&apos;s label (team mode)</source>
        <translation>Label jedes Annotators &amp;behalten (Teammodus)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each label you set is yours, beside the other annotators&apos;; the pair&apos;s label follows the team&apos;s rule (adjudication, agreement, majority)</source>
        <translation>Jedes Label, das Sie setzen, ist Ihres, neben denen der anderen Annotatoren; das Label des Paars folgt der Regel des Teams (Entscheidung, Einigkeit, Mehrheit)</translation>
    </message>
    <message>
        <source>Team mode: show the pairs in my queue, or with this state by the team&apos;s rule</source>
        <translation type="vanished">Teammodus: die Paare meiner Warteschlange zeigen oder die mit diesem Zustand nach der Regel des Teams</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Team mode: show the pairs in my queue, those assigned to me, or those with this state by the team&apos;s rule</source>
        <translation>Team-Modus: die Paare meiner Warteschlange, die mir zugewiesenen oder die mit diesem Zustand nach der Team-Regel zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team: any</source>
        <translation>Team: alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My queue</source>
        <translation>Meine Warteschlange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to me</source>
        <translation>Mir zugewiesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs more labels</source>
        <translation>Braucht mehr Labels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed</source>
        <translation>Einig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Majority</source>
        <translation>Mehrheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disagreement</source>
        <translation>Uneinig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjudicated</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No annotator label</source>
        <translation>Kein Annotator-Label</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Blind mode: a pair&apos;s labels and prediction show once you have labelled it</source>
        <translation>Blindmodus: Die Labels und die Vorhersage eines Paars erscheinen, sobald Sie es gelabelt haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blind mode is off</source>
        <translation>Blindmodus ist aus</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Team mode was not changed: %1</source>
        <translation>Der Teammodus wurde nicht geändert: %1</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Team mode: reading the labels...</source>
        <translation>Teammodus: Labels werden gelesen...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 labelled by me · %3 of %2 done by the team</source>
        <translation>%1 von %2 von mir gelabelt · %3 von %2 vom Team erledigt</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Labelling as %1. The team is done with a pair once it has %n label(s) or a reviewer&apos;s decision.</source>
        <translation>
            <numerusform>Sie labeln als %1. Das Team ist mit einem Paar fertig, sobald es %n Label oder die Entscheidung eines Prüfers hat.</numerusform>
            <numerusform>Sie labeln als %1. Das Team ist mit einem Paar fertig, sobald es %n Labels oder die Entscheidung eines Prüfers hat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>team: %n label(s)</source>
        <translation>
            <numerusform>Team: %n Label</numerusform>
            <numerusform>Team: %n Labels</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>team: %1 of %2 labels</source>
        <translation>Team: %1 von %2 Labels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team: agreed</source>
        <translation>Team: einig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team: majority</source>
        <translation>Team: Mehrheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team: disagreement</source>
        <translation>Team: uneinig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team: adjudicated</source>
        <translation>Team: entschieden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your label: %1</source>
        <translation>Ihr Label: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have not labelled this pair yet</source>
        <translation>Sie haben dieses Paar noch nicht gelabelt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assigned to you</source>
        <translation>Dir zugewiesen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Others (as last read): %1</source>
        <translation>Andere (zuletzt gelesen): %1</translation>
    </message>
</context>
<context>
    <name>entail::TrainDialog</name>
    <message>
        <location filename="../ui/training/traindialog.cpp" line="+33"/>
        <source>Train a new model version</source>
        <translation>Eine neue Modellversion trainieren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cross-entropy</source>
        <translation>Kreuzentropie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class-weighted cross-entropy</source>
        <translation>Klassengewichtete Kreuzentropie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focal loss</source>
        <translation>Focal Loss</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Heads only, on cached encoder embeddings (fast)</source>
        <translation>Nur die Köpfe, auf zwischengespeicherten Encoder-Embeddings (schnell)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encoders and heads (slower, can learn more)</source>
        <translation>Encoder und Köpfe (langsamer, kann mehr lernen)</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Probability of hiding the text or the image of a training pair, so that the model also copes with one modality.</source>
        <translation>Wahrscheinlichkeit, mit der Text oder Bild eines Trainingspaares verborgen werden, damit das Modell auch mit nur einer Modalität zurechtkommt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moves the decisions towards the rare labels: 0 keeps the learned probabilities, 1 divides them by each label&apos;s share of the training pairs. More recall for rare labels, less accuracy. Not used with the class-weighted loss, which has its own correction.</source>
        <translation>Verschiebt die Entscheidungen zu den seltenen Labels: 0 behält die gelernten Wahrscheinlichkeiten, 1 teilt sie durch den Anteil jedes Labels an den Trainingspaaren. Mehr Recall für seltene Labels, weniger Genauigkeit. Nicht mit dem klassengewichteten Verlust, der eine eigene Korrektur hat.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+154"/>
        <source>Use the images (otherwise text only)</source>
        <translation>Die Bilder verwenden (sonst nur Text)</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>Start from the active model (fine-tune)</source>
        <translation>Vom aktiven Modell ausgehen (Feinabstimmung)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activate the new version when training finishes</source>
        <translation>Die neue Version nach dem Training aktivieren</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Loss:</source>
        <translation>&amp;Loss-Funktion:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Epochs:</source>
        <translation>&amp;Epochen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning &amp;rate:</source>
        <translation>Lern&amp;rate:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Batch size:</source>
        <translation>&amp;Batchgröße:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Modality dropout:</source>
        <translation>&amp;Modalitäts-Dropout:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rare-label &amp;boost:</source>
        <translation>&amp;Verstärkung seltener Labels:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What trains</source>
        <translation>Was trainiert wird</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Train</source>
        <translation>&amp;Trainieren</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>Trains on the current labels of the training split: %n labeled pair(s). </source>
        <translation>
            <numerusform>Trainiert auf den aktuellen Labels der Trainingsmenge: %n gelabeltes Paar. </numerusform>
            <numerusform>Trainiert auf den aktuellen Labels der Trainingsmenge: %n gelabelte Paare. </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Early stopping uses %n validation pair(s); </source>
        <translation>
            <numerusform>Das frühe Stoppen verwendet %n Validierungspaar; </numerusform>
            <numerusform>Das frühe Stoppen verwendet %n Validierungspaare; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n test pair(s) are reported. </source>
        <translation>
            <numerusform>%n Testpaar wird ausgewertet. </numerusform>
            <numerusform>%n Testpaare werden ausgewertet. </numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The labels are copied when training starts: corrections made meanwhile count in the next run.</source>
        <translation>Die Labels werden beim Start des Trainings kopiert: Korrekturen in der Zwischenzeit zählen im nächsten Lauf.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Expected duration: no estimate yet. Each run measures its time per batch on this computer; the next run with these options is estimated from it.</source>
        <translation>Erwartete Dauer: noch keine Schätzung. Jeder Lauf misst seine Zeit pro Batch auf diesem Computer; der nächste Lauf mit diesen Optionen wird daraus geschätzt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>under %1 s</source>
        <translation>unter %1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about %1 s</source>
        <translation>etwa %1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about %1 min</source>
        <translation>etwa %1 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>measured on this computer in run %1: %2 ms per batch of %3 pairs</source>
        <translation>auf diesem Computer in Lauf %1 gemessen: %2 ms pro Batch mit %3 Paaren</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Expected duration: %1 if training stops early after %n epoch(s) as run %2 did, at most %3 (%4).</source>
        <translation>
            <numerusform>Erwartete Dauer: %1, wenn das Training wie Lauf %2 nach %n Epoche vorzeitig endet, höchstens %3 (%4).</numerusform>
            <numerusform>Erwartete Dauer: %1, wenn das Training wie Lauf %2 nach %n Epochen vorzeitig endet, höchstens %3 (%4).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Expected duration: %1 for %n epoch(s) (%2). Early stopping can end it sooner.</source>
        <translation>
            <numerusform>Erwartete Dauer: %1 für %n Epoche (%2). Frühes Stoppen kann es früher beenden.</numerusform>
            <numerusform>Erwartete Dauer: %1 für %n Epochen (%2). Frühes Stoppen kann es früher beenden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Use the images: none of this project&apos;s images was found, so the text only</source>
        <translation>Bilder verwenden: Keines der Bilder dieses Projekts wurde gefunden, daher nur der Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File › Locate images... points the project at its images folder.</source>
        <translation>Datei › Bilder suchen … verweist das Projekt auf seinen Bilderordner.</translation>
    </message>
</context>
<context>
    <name>entail::TrainingController</name>
    <message>
        <location filename="../ui/training/trainingcontroller.cpp" line="+52"/>
        <source>A training run is already active.</source>
        <translation>Es läuft bereits ein Training.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No project is open.</source>
        <translation>Es ist kein Projekt geöffnet.</translation>
    </message>
</context>
<context>
    <name>entail::TrainingFeature</name>
    <message>
        <location filename="../ui/training/trainingfeature.cpp" line="+36"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Train…</source>
        <translation>&amp;Trainieren …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Train a new model version on the current labels</source>
        <translation>Eine neue Modellversion auf den aktuellen Labels trainieren</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Version %1 trained; predicting all pairs with it…</source>
        <translation>Version %1 trainiert; alle Paare werden damit vorhergesagt …</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Training failed: %1</source>
        <translation>Training fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel training</source>
        <translation>Training &amp;abbrechen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Training cancelled</source>
        <translation>Training abgebrochen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Predicting with %1: %2 of %3 pairs</source>
        <translation>Vorhersage mit %1: %2 von %3 Paaren</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Version %1 is now active.</source>
        <translation>Version %1 ist jetzt aktiv.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version %1 is now active</source>
        <translation>Version %1 ist jetzt aktiv</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cannot train</source>
        <translation>Training nicht möglich</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Training in progress</source>
        <translation>Training läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version %1 is still training. Cancel the training and close?</source>
        <translation>Version %1 wird noch trainiert. Training abbrechen und schließen?</translation>
    </message>
</context>
<context>
    <name>entail::TrainingPanel</name>
    <message>
        <location filename="../ui/training/trainingpanel.cpp" line="+62"/>
        <source>No training run yet. Use Train to start one.</source>
        <translation>Noch kein Training. Starten Sie eines mit Trainieren.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Cancel training</source>
        <translation>Training &amp;abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stops the run after the current batch (Esc). No version is created.</source>
        <translation>Beendet den Lauf nach dem aktuellen Batch (Esc). Es wird keine Version erstellt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Training loss per batch</source>
        <translation>Trainings-Loss je Batch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training loss</source>
        <translation>Trainings-Loss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Validation per epoch</source>
        <translation>Validierung je Epoche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validation loss</source>
        <translation>Validierungs-Loss</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Macro-F1</source>
        <translation>Makro-F1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Training %1: epoch %2/%3, batch %4/%5, loss %6, elapsed %7, about %8 left</source>
        <translation>Training %1: Epoche %2/%3, Batch %4/%5, Loss %6, vergangen %7, noch etwa %8</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 epoch %2: training loss %3, validation loss %4, macro-F1 %5, accuracy %6; epoch time %7, about %8 left</source>
        <translation>%1 Epoche %2: Trainingsverlust %3, Validierungsverlust %4, Makro-F1 %5, Genauigkeit %6; Epochendauer %7, noch etwa %8</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Temperature %1 fitted on the validation split: NLL %2 → %3, ECE %4 → %5.</source>
        <translation>Temperatur %1 auf der Validierungsmenge angepasst: NLL %2 → %3, ECE %4 → %5.</translation>
    </message>
    <message>
        <location line="-250"/>
        <source>Log of the training runs</source>
        <translation>Protokoll der Trainingsläufe</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Training %1 failed: %2</source>
        <translation>Training %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training %1 cancelled: no version was created.</source>
        <translation>Training %1 abgebrochen: Es wurde keine Version erstellt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelling %1 after the current batch…</source>
        <translation>%1 wird nach dem aktuellen Batch abgebrochen …</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Training %1: preparing…</source>
        <translation>Training %1: Vorbereitung …</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Run %1 started: %2 loss, %3, %n labeled training pair(s) (label snapshot).</source>
        <translation>
            <numerusform>Lauf %1 gestartet: Loss %2, %3, %n gelabeltes Trainingspaar (Label-Stand).</numerusform>
            <numerusform>Lauf %1 gestartet: Loss %2, %3, %n gelabelte Trainingspaare (Label-Stand).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>encoders and heads</source>
        <translation>Encoder und Köpfe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>heads only</source>
        <translation>nur Köpfe</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Version %1 saved in %2 (best epoch %3, validation macro-F1 %4).</source>
        <translation>Version %1 in %2 gespeichert (beste Epoche %3, Validierungs-Makro-F1 %4).</translation>
    </message>
</context>
<context>
    <name>entail::TweetCard</name>
    <message>
        <location filename="../ui/review/tweetcard.cpp" line="+34"/>
        <source>Open the image&apos;s address in the browser</source>
        <translation>Die Adresse des Bildes im Browser öffnen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;&lt;span style=&quot;color:gray&quot;&gt;id %2&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;&lt;span style=&quot;color:gray&quot;&gt;ID %2&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show the whole text (%L1 characters)</source>
        <translation>Den ganzen Text zeigen (%L1 Zeichen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading image...</source>
        <translation>Bild wird geladen …</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The image could not be read:
%1</source>
        <translation>Das Bild konnte nicht gelesen werden:
%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, id %2: the whole text</source>
        <translation>%1, ID %2: der ganze Text</translation>
    </message>
</context>
<context>
    <name>entail::UncertaintyWalk</name>
    <message>
        <location filename="../ui/pairs/uncertaintywalk.cpp" line="+19"/>
        <source>Next &amp;uncertain</source>
        <translation>Nächster &amp;Zweifelsfall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The unlabeled pair the model is least sure of (after the one on screen): label those first, the model learns most from them</source>
        <translation>Das Paar ohne Label, bei dem sich das Modell am wenigsten sicher ist (nach dem angezeigten): Labeln Sie diese zuerst, aus ihnen lernt das Modell am meisten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order uncertain pairs by &amp;entropy</source>
        <translation>Zweifelsfälle nach Entropie &amp;ordnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next uncertain: by the entropy of the three probabilities instead of the margin between the two most probable labels</source>
        <translation>Nächster Zweifelsfall: nach der Entropie der drei Wahrscheinlichkeiten statt nach dem Abstand zwischen den zwei wahrscheinlichsten Labels</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Uncertain pairs need predictions: load a model first.</source>
        <translation>Zweifelsfälle brauchen Vorhersagen: Laden Sie zuerst ein Modell.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No shown unlabeled pair has a prediction.</source>
        <translation>Kein angezeigtes Paar ohne Label hat eine Vorhersage.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Uncertain %1 of %2</source>
        <translation>Zweifelsfall %1 von %2</translation>
    </message>
</context>
</TS>
