<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ArchiveExtractor</name>
    <message>
        <location filename="../model/fetch/archiveextractor.cpp" line="+52"/>
        <source>an entry without a name</source>
        <translation>una entrada sin nombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an absolute path</source>
        <translation>una ruta absoluta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a path that leaves its folder (..)</source>
        <translation>una ruta que sale de su carpeta (..)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a hard link</source>
        <translation>un enlace duro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a symbolic link</source>
        <translation>un enlace simbólico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a device or other special file</source>
        <translation>un dispositivo u otro archivo especial</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: cannot read the archive: %2</source>
        <translation>%1: no se puede leer el archivo comprimido: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1: the archive is damaged or not a .tar, .tar.gz or .zip after %n entries: %2</source>
        <translation>
            <numerusform>%1: el archivo comprimido está dañado o no es .tar, .tar.gz ni .zip tras %n entrada: %2</numerusform>
            <numerusform>%1: el archivo comprimido está dañado o no es .tar, .tar.gz ni .zip tras %n entradas: %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: more than %2 entries; extraction stopped</source>
        <translation>%1: más de %2 entradas; la extracción se detuvo</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+88"/>
        <source>the archive unpacks to more than %1 MB; extraction stopped (see --max-unpacked)</source>
        <translation>el archivo comprimido ocupa más de %1 MB al descomprimirse; la extracción se detuvo (véase --max-unpacked)</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>the entry holds %1 bytes, more than the limit of %2</source>
        <translation>la entrada ocupa %1 bytes, más que el límite de %2</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>the archive is damaged in this entry: %1</source>
        <translation>el archivo comprimido está dañado en esta entrada: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>more than the limit of %1 bytes</source>
        <translation>más que el límite de %1 bytes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it unpacks to more than %1 times its packed size (a zip bomb?)</source>
        <translation>al descomprimirse ocupa más de %1 veces su tamaño comprimido (¿una bomba zip?)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>cannot rename %1 to %2</source>
        <translation>no se puede renombrar %1 como %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: the disk is nearly full (%2 MB free); extraction stopped</source>
        <translation>%1: el disco está casi lleno (%2 MB libres); la extracción se detuvo</translation>
    </message>
</context>
<context>
    <name>ArchiveFetch</name>
    <message>
        <location filename="../model/fetch/archivefetch.cpp" line="+40"/>
        <source>%1: only http and https archives are downloaded</source>
        <translation>%1: solo se descargan archivos comprimidos por http y https</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: no such archive file</source>
        <translation>%1: no existe ese archivo comprimido</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>cannot download the archive %1: %2 (%3)</source>
        <translation>no se puede descargar el archivo comprimido %1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>BulkLabelCommand</name>
    <message numerus="yes">
        <location filename="../ui/session/bulklabelcommand.cpp" line="+12"/>
        <source>label %n pair(s) as %1</source>
        <translation>
            <numerusform>etiquetar %n par como %1</numerusform>
            <numerusform>etiquetar %n pares como %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkPrediction</name>
    <message>
        <location filename="../model/inference/bulkprediction.cpp" line="+53"/>
        <source>the model returned %1 predictions for %2 pairs</source>
        <translation>el modelo devolvió %1 predicciones para %2 pares</translation>
    </message>
</context>
<context>
    <name>Checkpoint</name>
    <message>
        <location filename="../model/modelfile/checkpoint.cpp" line="+80"/>
        <location line="+11"/>
        <source>%1: cannot open the model file: %2</source>
        <translation>%1: no se puede abrir el archivo del modelo: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: the model file is corrupt or truncated (its sections do not match its size)</source>
        <translation>%1: el archivo de modelo está dañado o truncado (sus secciones no coinciden con su tamaño)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: not an Entail Studio model file</source>
        <translation>%1: no es un archivo de modelo de Entail Studio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the model file is truncated</source>
        <translation>%1: el archivo del modelo está truncado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: model file format %2 is not supported by this version (it reads format %3); retrain the model or use a matching version of Entail Studio</source>
        <translation>%1: esta versión no admite el formato de archivo de modelo %2 (lee el formato %3); vuelva a entrenar el modelo o use una versión de Entail Studio que corresponda</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: the model file is corrupt or truncated (checksum mismatch)</source>
        <translation>%1: el archivo del modelo está dañado o truncado (la suma de comprobación no coincide)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1: the model file is damaged (missing or malformed sections)</source>
        <translation>%1: el archivo del modelo está dañado (faltan secciones o están mal formadas)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the model&apos;s labels (%2) differ from this program&apos;s (%3)</source>
        <translation>%1: las etiquetas del modelo (%2) difieren de las de este programa (%3)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli_evaluate.cpp" line="+22"/>
        <source>model: %1</source>
        <translation>modelo: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pairs: %1</source>
        <translation>pares: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accuracy: %1</source>
        <translation>exactitud: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>macro-F1: %1</source>
        <translation>F1 macro: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weighted-F1: %1</source>
        <translation>F1 ponderado: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected calibration error: %1</source>
        <translation>error de calibración esperado: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>precision</source>
        <translation>precisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recall</source>
        <translation>exhaustividad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>support</source>
        <translation>soporte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>confusion matrix (rows = true label, columns = predicted):</source>
        <translation>matriz de confusión (filas = etiqueta real, columnas = predicha):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Evaluate a model on a labeled CSV.</source>
        <translation>Evalúa un modelo con un CSV etiquetado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>usage: entail evaluate --model MODEL --data FILE.csv [--images DIR] [--device cpu|cuda] [--json]</source>
        <translation>uso: entail evaluate --model MODELO --data ARCHIVO.csv [--images CARPETA] [--device cpu|cuda] [--json]</translation>
    </message>
    <message>
        <location filename="../app/predictioninput.cpp" line="+28"/>
        <source>Model file.</source>
        <translation>Archivo del modelo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli_train.cpp" line="+31"/>
        <location line="+16"/>
        <source>MODEL</source>
        <translation>MODELO</translation>
    </message>
    <message>
        <location filename="../app/cli_evaluate.cpp" line="-1"/>
        <location filename="../app/cli_labelissues.cpp" line="+120"/>
        <source>Labeled CSV (tweets schema).</source>
        <translation>CSV etiquetado (esquema de tuits).</translation>
    </message>
    <message>
        <location filename="../app/predictioninput.cpp" line="-15"/>
        <source>Where the network runs: cpu, cuda or cuda:N.</source>
        <translation>Dónde se ejecuta la red: cpu, cuda o cuda:N.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DEVICE</source>
        <translation>DISPOSITIVO</translation>
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
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <location line="-232"/>
        <location filename="../app/predictioninput.cpp" line="+1"/>
        <location filename="../app/cli_labelissues.cpp" line="-6"/>
        <location filename="../app/cli_train.cpp" line="-15"/>
        <source>Folder holding &lt;id&gt;.&lt;ext&gt; images.</source>
        <translation>Carpeta con las imágenes &lt;id&gt;.&lt;ext&gt;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/predictioninput.cpp" line="+1"/>
        <location filename="../app/cli_labelissues.cpp" line="+0"/>
        <location filename="../app/cli_train.cpp" line="+0"/>
        <source>DIR</source>
        <translation>CARPETA</translation>
    </message>
    <message>
        <location filename="../app/cli_evaluate.cpp" line="+3"/>
        <source>Print JSON (accuracy, macro_f1, per_class, confusion).</source>
        <translation>Imprime JSON (accuracy, macro_f1, per_class, confusion).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: no labeled pairs to evaluate</source>
        <translation>%1: no hay pares etiquetados que evaluar</translation>
    </message>
    <message>
        <location filename="../app/predictioninput.cpp" line="+39"/>
        <source>predicted %1/%2</source>
        <translation>%1/%2 predichos</translation>
    </message>
    <message>
        <location filename="../app/cli_engine.cpp" line="+43"/>
        <source>entail: %1 is missing; reinstall Entail Studio</source>
        <translation>entail: falta %1; vuelva a instalar Entail Studio</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>entail: cannot run %1: %2</source>
        <translation>entail: no se puede ejecutar %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/cli_evaluate.cpp" line="+26"/>
        <source>metrics of a model on a labeled CSV</source>
        <translation>métricas de un modelo en un CSV etiquetado</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli_predict.cpp" line="+27"/>
        <source>predict the pairs of a CSV or a project</source>
        <translation>predecir los pares de un CSV o de un proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli_fetch.cpp" line="+45"/>
        <source>download the images from their URLs or an archive</source>
        <translation>descargar las imágenes desde sus URL o un archivo comprimido</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli_calibrate.cpp" line="+42"/>
        <source>fit a model version&apos;s temperature on the validation split</source>
        <translation>ajustar la temperatura de una versión del modelo en la partición de validación</translation>
    </message>
    <message>
        <location filename="../app/cli_predict.cpp" line="-37"/>
        <source>Predict every pair of a CSV; writes id_1, id_2, one probability per label and the predicted label.</source>
        <translation>Predice cada par de un CSV; escribe id_1, id_2, una probabilidad por etiqueta y la etiqueta predicha.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (tweets schema; labels optional).</source>
        <translation>CSV (esquema de tuits; etiquetas opcionales).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>usage: entail predict --model MODEL --data FILE.csv [--images DIR] [--device cpu|cuda] --out preds.csv
       entail predict --project FILE.entail [--device cpu|cuda]</source>
        <translation>uso: entail predict --model MODELO --data ARCHIVO.csv [--images CARPETA] [--device cpu|cuda] --out preds.csv
     entail predict --project ARCHIVO.entail [--device cpu|cuda]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Predictions CSV to write.</source>
        <translation>CSV de predicciones que se escribirá.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instead of --model, --data and --out: predict every pair of this project with its active model, in batches, and store the predictions in it.</source>
        <translation>En lugar de --model, --data y --out: predice cada par de este proyecto con su modelo activo, por lotes, y guarda las predicciones en él.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: %2 predictions written</source>
        <translation>%1: %2 predicciones escritas</translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="+87"/>
        <source>%1: %2 pairs: %3 NoEntailment, %4 Implies, %5 Contradictory, %6 unlabeled</source>
        <translation>%1: %2 pares: %3 Sin implicación, %4 Implica, %5 Contradictorio, %6 sin etiqueta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>images: %1 found, %2 missing</source>
        <translation>imágenes: %1 encontradas, %2 faltan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>splits: %1 train, %2 validation, %3 test</source>
        <translation>particiones: %1 entrenamiento, %2 validación, %3 prueba</translation>
    </message>
    <message>
        <location filename="../app/cli_project.cpp" line="-3"/>
        <source>Import a tweets CSV into a new project file.</source>
        <translation>Importa un CSV de tuits a un nuevo archivo de proyecto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV file in the tweets schema.</source>
        <translation>Archivo CSV con el esquema de tuits.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Project file to create (*.entail).</source>
        <translation>Archivo de proyecto que se creará (*.entail).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name recorded in the log.</source>
        <translation>Nombre que se registra en el historial.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli_team.cpp" line="-1"/>
        <location filename="../app/cli_assign.cpp" line="+3"/>
        <location line="+34"/>
        <location filename="../app/cli_train.cpp" line="+3"/>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept image paths outside the CSV&apos;s folder and the images folder.</source>
        <translation>Aceptar rutas de imágenes fuera de la carpeta del CSV y de la carpeta de imágenes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>usage: entail import &lt;csv&gt; [--images DIR] --project FILE</source>
        <translation>uso: entail import &lt;csv&gt; [--images CARPETA] --project ARCHIVO</translation>
    </message>
    <message>
        <location line="+81"/>
        <location line="+137"/>
        <location filename="../app/cli_team.cpp" line="-1"/>
        <location line="+88"/>
        <location filename="../app/cli_assign.cpp" line="-38"/>
        <location line="+37"/>
        <source>Project file, or a server project postgresql://USER@HOST[:PORT]/DATABASE?project=NAME.</source>
        <translation>Archivo de proyecto, o un proyecto de servidor postgresql://USUARIO@HOST[:PUERTO]/BASEDEDATOS?project=NOMBRE.</translation>
    </message>
    <message>
        <location line="-137"/>
        <location line="+137"/>
        <location filename="../app/cli_team.cpp" line="-88"/>
        <location line="+88"/>
        <location filename="../app/cli_assign.cpp" line="-37"/>
        <location line="+37"/>
        <source>PROJECT</source>
        <translation>PROYECTO</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>usage: entail project check --project FILE | entail project backup --project FILE --out FILE | entail project copy SOURCE TARGET</source>
        <translation>uso: entail project check --project ARCHIVO | entail project backup --project ARCHIVO --out ARCHIVO | entail project copy ORIGEN DESTINO</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: %2 rows</source>
        <translation>%1: %2 filas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 copied to %2</source>
        <translation>%1 copiado en %2</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>check, back up or copy a project (file or server)</source>
        <translation>comprobar, hacer una copia de seguridad o copiar un proyecto (archivo o servidor)</translation>
    </message>
    <message>
        <location line="-282"/>
        <location filename="../app/cli_demo.cpp" line="+17"/>
        <source>%1: the project exists already; choose a new file name</source>
        <translation>%1: el proyecto ya existe; elija un nombre de archivo nuevo</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>warning: %1: no such images folder; images will be marked missing</source>
        <translation>aviso: %1: no existe esa carpeta de imágenes; las imágenes se marcarán como ausentes</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1: created on the server</source>
        <translation>%1: creado en el servidor</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>imported %1 pairs (%2%), %3 pairs/s, about %4 s left</source>
        <translation>importados %1 pares (%2 %), %3 pares/s, quedan unos %4 s</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export the current labels as CSV (import schema) or JSONL.</source>
        <translation>Exporta las etiquetas actuales como CSV (esquema de importación) o JSONL.</translation>
    </message>
    <message>
        <location filename="../app/cli_fetch.cpp" line="-109"/>
        <source>images folder: %1</source>
        <translation>carpeta de imágenes: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already present: %1</source>
        <translation>ya presentes: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not tried again (failed before; --retry-failed tries them): %1</source>
        <translation>no reintentadas (fallaron antes; --retry-failed las reintenta): %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no image and no URL: %1</source>
        <translation>sin imagen y sin URL: %1</translation>
    </message>
    <message>
        <location filename="../app/cli_calibrate.cpp" line="-42"/>
        <location filename="../app/cli_fetch.cpp" line="+57"/>
        <source>Project file.</source>
        <translation>Archivo de proyecto.</translation>
    </message>
    <message>
        <location filename="../app/cli_fetch.cpp" line="-74"/>
        <source>usage: entail fetch-images --project FILE [--archive FILE|URL] [--jobs N] [--retry-failed] [--timeout S] [--max-unpacked MB] [--failures OUT.csv]</source>
        <translation>uso: entail fetch-images --project ARCHIVO [--archive ARCHIVO|URL] [--jobs N] [--retry-failed] [--timeout S] [--max-unpacked MB] [--failures SALIDA.csv]</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>archive entries of no missing image (skipped): %1</source>
        <translation>entradas del archivo comprimido que no corresponden a ninguna imagen ausente (omitidas): %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing images the archive does not hold: %1</source>
        <translation>imágenes ausentes que el archivo comprimido no contiene: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>failure list: %1 (%2 images)</source>
        <translation>lista de fallos: %1 (%2 imágenes)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Download the tweets&apos; images from the URLs in a project, or take them from an archive.</source>
        <translation>Descarga las imágenes de los tuits desde las URL de un proyecto, o las toma de un archivo comprimido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take the images from this .tar.gz, .tar or .zip (file or URL).</source>
        <translation>Tomar las imágenes de este .tar.gz, .tar o .zip (archivo o URL).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE|URL</source>
        <translation>ARCHIVO|URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the images that are not ok to this CSV.</source>
        <translation>Escribir en este CSV las imágenes que no se obtuvieron.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OUT.csv</source>
        <translation>SALIDA.csv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transfers at once (at most 4 to one host).</source>
        <translation>Transferencias simultáneas (como máximo 4 a un mismo servidor).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again the images that failed before.</source>
        <translation>Reintentar las imágenes que fallaron antes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds per transfer.</source>
        <translation>Segundos por transferencia.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Megabytes an archive may unpack to.</source>
        <translation>Megabytes que puede ocupar un archivo comprimido al descomprimirse.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>fetched %1/%2 (%3 MB)</source>
        <translation>descargadas %1/%2 (%3 MB)</translation>
    </message>
    <message>
        <location filename="../app/cli_project.cpp" line="+2"/>
        <source>FILE.csv or FILE.jsonl.</source>
        <translation>ARCHIVO.csv o ARCHIVO.jsonl.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write absolute image paths (default: relative to the output&apos;s folder).</source>
        <translation>Escribir rutas de imagen absolutas (por defecto: relativas a la carpeta de la salida).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Also write every annotator&apos;s label of each pair (entail label) to FILE.csv.</source>
        <translation>Escribir también la etiqueta de cada anotador para cada par (entail label) en ARCHIVO.csv.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>usage: entail export --project FILE [--out FILE.csv|FILE.jsonl] [--absolute-paths] [--reviews FILE.csv] [--annotations FILE.csv]</source>
        <translation>uso: entail export --project ARCHIVO [--out ARCHIVO.csv|ARCHIVO.jsonl] [--absolute-paths] [--reviews ARCHIVO.csv] [--annotations ARCHIVO.csv]</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: the output must end in .csv or .jsonl</source>
        <translation>%1: el archivo de salida debe terminar en .csv o .jsonl</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 pairs written</source>
        <translation>%1: %2 pares escritos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>note: the images lie outside the output&apos;s folder; import with --images %1</source>
        <translation>nota: las imágenes están fuera de la carpeta de la salida; importe con --images %1</translation>
    </message>
    <message>
        <location filename="../app/cli_demo.cpp" line="-18"/>
        <source>Generate the built-in demo project (synthetic tweets and images).</source>
        <translation>Genera el proyecto de demostración integrado (tuits e imágenes sintéticos).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project file to create.</source>
        <translation>Archivo de proyecto que se creará.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of pairs.</source>
        <translation>Número de pares.</translation>
    </message>
    <message>
        <location filename="../app/cli_labelissues.cpp" line="-86"/>
        <source>label issues: %1 labeled pairs, %2 folds x %3 rounds, %4 s</source>
        <translation>errores de etiqueta: %1 pares etiquetados, %2 pliegues x %3 rondas, %4 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>estimated noise matrix (rows = given label, columns = estimated true label, pairs):</source>
        <translation>matriz de ruido estimada (filas = etiqueta dada, columnas = etiqueta verdadera estimada, pares):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>likely label issues per given label:</source>
        <translation>errores de etiqueta probables por etiqueta dada:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--folds: %1 is not a whole number from 2 to 100</source>
        <translation>--folds: %1 no es un número entero de 2 a 100</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--seed: %1 is not a non-negative whole number</source>
        <translation>--seed: %1 no es un número entero no negativo</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: the project is read-only; the scores could not be stored</source>
        <translation>%1: el proyecto es de solo lectura; no se pudieron guardar las puntuaciones</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Rank labeled pairs by how likely their label is wrong (out-of-fold confident learning).</source>
        <translation>Ordenar los pares etiquetados según la probabilidad de que su etiqueta sea errónea (confident learning fuera de pliegue).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Project file; the result is stored in it.</source>
        <translation>Archivo de proyecto; el resultado se guarda en él.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of folds (default 5).</source>
        <translation>Número de pliegues (por defecto 5).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed of the fold assignment (default 0).</source>
        <translation>Semilla del reparto en pliegues (por defecto 0).</translation>
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
        <translation>Escribir aquí la clasificación en CSV en lugar de en la salida estándar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>usage: entail label-issues --data FILE.csv|--project FILE [--images DIR] [--folds K] [--seed N] [--out ranking.csv]</source>
        <translation>uso: entail label-issues --data ARCHIVO.csv|--project ARCHIVO [--images CARPETA] [--folds K] [--seed N] [--out clasificacion.csv]</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>fold rounds %1/%2</source>
        <translation>rondas de pliegues %1/%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: too few labeled pairs for %2 folds</source>
        <translation>%1: demasiado pocos pares etiquetados para %2 pliegues</translation>
    </message>
    <message>
        <location filename="../app/cli_engine.cpp" line="+2"/>
        <location filename="../app/cli_labelissues.cpp" line="+11"/>
        <source>rank labeled pairs by how likely their label is wrong</source>
        <translation>ordenar los pares etiquetados según la probabilidad de que su etiqueta sea errónea</translation>
    </message>
    <message>
        <location filename="../app/cli_demo.cpp" line="+0"/>
        <location filename="../app/cli_train.cpp" line="-3"/>
        <source>Random seed.</source>
        <translation>Semilla aleatoria.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>usage: entail demo --project FILE [--pairs N] [--seed N]</source>
        <translation>uso: entail demo --project ARCHIVO [--pairs N] [--seed N]</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 deliberately wrong labels recorded</source>
        <translation>%1 etiquetas erróneas a propósito registradas</translation>
    </message>
    <message>
        <location filename="../app/cli_project.cpp" line="-54"/>
        <source>Also write the review history (skipped, unsure, label is right, comments) to FILE.csv.</source>
        <translation>Escribir también el historial de revisión (omitido, dudoso, etiqueta correcta, comentarios) en ARCHIVO.csv.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1: %2 review entries written</source>
        <translation>%1: %2 entradas de revisión escritas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2 annotator labels written</source>
        <translation>%1: %2 etiquetas de anotadores escritas</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Check a project file for damage.</source>
        <translation>Comprobar si un archivo de proyecto está dañado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a consistent single-file copy of a project, also while it is open elsewhere.</source>
        <translation>Escribir una copia coherente de un proyecto en un solo archivo, también mientras está abierto en otro lugar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup file to create.</source>
        <translation>Archivo de copia de seguridad que se creará.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: no damage found (%2 pairs)</source>
        <translation>%1: no se encontraron daños (%2 pares)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: backup of %2 written (%3 pairs)</source>
        <translation>%1: copia de seguridad de %2 escrita (%3 pares)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>import a CSV into a new project</source>
        <translation>importar un CSV a un proyecto nuevo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export current labels (CSV/JSONL)</source>
        <translation>exportar las etiquetas actuales (CSV/JSONL)</translation>
    </message>
    <message>
        <location filename="../app/cli_engine.cpp" line="+1"/>
        <location filename="../app/cli_demo.cpp" line="+5"/>
        <source>create the built-in demo project</source>
        <translation>crear el proyecto de demostración integrado</translation>
    </message>
    <message>
        <location filename="../app/cli_train.cpp" line="+46"/>
        <source>%1: %2 pairs, accuracy %3, macro-F1 %4 (F1: Contradictory %5, Implies %6, NoEntailment %7)</source>
        <translation>%1: %2 pares, exactitud %3, F1 macro %4 (F1: Contradictorio %5, Implica %6, Sin implicación %7)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>epoch %1/%2  batch %3/%4  loss %5  ETA %6 s   </source>
        <translation>época %1/%2  lote %3/%4  pérdida %5  quedan %6 s   </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Train an entailment model. Progress goes to stderr.</source>
        <translation>Entrena un modelo de implicación. El progreso se muestra en stderr.</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Training CSV (tweets schema).</source>
        <translation>CSV de entrenamiento (esquema de tuits).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project file (its labels and splits).</source>
        <translation>Archivo de proyecto (sus etiquetas y particiones).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Validation CSV (early stopping).</source>
        <translation>CSV de validación (para la parada temprana).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model file to write.</source>
        <translation>Archivo del modelo que se escribirá.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ce, weighted or focal.</source>
        <translation>ce, weighted o focal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum epochs (0 = default).</source>
        <translation>Número máximo de épocas (0 = predeterminado).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Peak learning rate (0 = default).</source>
        <translation>Tasa de aprendizaje máxima (0 = predeterminada).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch size.</source>
        <translation>Tamaño del lote.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Early-stopping patience in epochs.</source>
        <translation>Paciencia de la parada temprana, en épocas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TorchScript image encoder (see README).</source>
        <translation>Codificador de imágenes TorchScript (véase README).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TorchScript text encoder (see README).</source>
        <translation>Codificador de texto TorchScript (véase README).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Train only the heads, on cached encoder outputs.</source>
        <translation>Entrena solo las cabezas, con las salidas de los codificadores en caché.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text only: treat images as missing.</source>
        <translation>Solo texto: trata las imágenes como ausentes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fine-tune this model.</source>
        <translation>Ajusta este modelo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shift each class&apos;s logit by -ALPHA * log(its training share) at prediction time (0 = none, 1 = balanced; ce and focal losses).</source>
        <translation>Desplaza el logit de cada clase en la predicción en -ALPHA * log(su proporción en el entrenamiento) (0 = nada, 1 = equilibrado; pérdidas ce y focal).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ALPHA</source>
        <translation>ALPHA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --project and no --out: make the new version the active model.</source>
        <translation>Con --project y sin --out: convierte la nueva versión en el modelo activo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cross-validate with K folds instead (no model written).</source>
        <translation>En su lugar, hace validación cruzada con K particiones (no se escribe ningún modelo).</translation>
    </message>
    <message>
        <location filename="../app/cli_assign.cpp" line="-130"/>
        <source>usage: entail team assign --project PROJECT (--from FILE [--annotator NAME] | --annotators A,B,C [--per-pair K])
       entail team unassign --project PROJECT --annotator NAME</source>
        <translation>uso: entail team assign --project PROYECTO (--from ARCHIVO [--annotator NOMBRE] | --annotators A,B,C [--per-pair K])
       entail team unassign --project PROYECTO --annotator NOMBRE</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: the project is read-only; nothing was assigned</source>
        <translation>%1: el proyecto es de solo lectura; no se asignó nada</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1:%2: the row names no annotator</source>
        <translation>%1:%2: la fila no nombra ningún anotador</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%1 assignments written for %n annotator(s), %2 of them new</source>
        <translation>
            <numerusform>%1 asignaciones escritas para %n anotador, %2 de ellas nuevas</numerusform>
            <numerusform>%1 asignaciones escritas para %n anotadores, %2 de ellas nuevas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Assign pairs to annotators: a pair assigned to an annotator is in their queue until they have labelled it. Needs a reviewer or owner on a server project.</source>
        <translation>Asignar pares a anotadores: un par asignado está en la cola del anotador hasta que lo etiquete. En un proyecto de servidor requiere un revisor o propietario.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CSV with id_1, id_2, annotator.</source>
        <translation>CSV con id_1, id_2, annotator.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deal every pair that is not adjudicated among these annotators, round robin.</source>
        <translation>Repartir por turnos entre estos anotadores cada par que no esté adjudicado.</translation>
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
        <translation>Con --annotators: anotadores por par (por defecto: las etiquetas que el proyecto pide por par, como máximo el número de anotadores).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --from: assign the file&apos;s pairs to NAME (rows naming another annotator are skipped).</source>
        <translation>Con --from: asignar los pares del archivo a NOMBRE (se omiten las filas que nombran a otro anotador).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Take back every assignment of an annotator (their labels stay).</source>
        <translation>Retirar todas las asignaciones de un anotador (sus etiquetas se conservan).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whose assignments.</source>
        <translation>De quién son las asignaciones.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 assignments of %2 taken back</source>
        <translation>%1 asignaciones de %2 retiradas</translation>
    </message>
    <message>
        <location filename="../app/cli_train.cpp" line="+21"/>
        <source>usage: entail train --data FILE.csv|--project FILE [--images DIR] [--val FILE.csv] --out MODEL [--loss ce|weighted|focal] [--epochs N] [--seed N] [--cv K] [--device cpu|cuda]
       entail train --project FILE [--activate] ...   (no --out: a new model version of the project)</source>
        <translation>uso: entail train --data ARCHIVO.csv|--project ARCHIVO [--images CARPETA] [--val ARCHIVO.csv] --out MODELO [--loss ce|weighted|focal] [--epochs N] [--seed N] [--cv K] [--device cpu|cuda]
       entail train --project ARCHIVO [--activate] ...   (sin --out: una nueva versión del modelo del proyecto)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>epoch %1: train loss %2, validation loss %3, validation macro-F1 %4, accuracy %5, %6 s, ETA %7 s</source>
        <translation>época %1: pérdida de entrenamiento %2, pérdida de validación %3, F1 macro de validación %4, exactitud %5, %6 s, quedan %7 s</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>unknown loss &apos;%1&apos; (expected ce, weighted or focal)</source>
        <translation>función de pérdida desconocida «%1» (se esperaba ce, weighted o focal)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: no such file</source>
        <translation>%1: no existe el archivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: not a regular file</source>
        <translation>%1: no es un archivo normal</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>entail train: %1: the project is read-only here, so a new version cannot be recorded</source>
        <translation>entail train: %1: aquí el proyecto es de solo lectura, así que no se puede registrar una versión nueva</translation>
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
        <translation>%1: versión %2 registrada y activa (%3; mejor época %4, %5 s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: version %2 recorded (%3; best epoch %4, %5 s)</source>
        <translation>%1: versión %2 registrada (%3; mejor época %4, %5 s)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: written (best epoch %2, %3 s)</source>
        <translation>%1: escrito (mejor época %2, %3 s)</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+18"/>
        <source>validation</source>
        <translation>validación</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+18"/>
        <source>test</source>
        <translation>prueba</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>fold %1 test (best epoch %2)</source>
        <translation>partición %1 prueba (mejor época %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>pooled</source>
        <translation>agregado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>macro-F1 %1 ± %2, accuracy %3 ± %4 over %5 folds (%6 s)</source>
        <translation>F1 macro %1 ± %2, exactitud %3 ± %4 en %5 particiones (%6 s)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The same test predictions under other prior corrections (--prior-correction):</source>
        <translation>Las mismas predicciones de prueba con otras correcciones de prior (--prior-correction):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  alpha %1: accuracy %2, macro-F1 %3, F1 %4 / %5 / %6</source>
        <translation>  alfa %1: exactitud %2, F1 macro %3, F1 %4 / %5 / %6</translation>
    </message>
    <message>
        <location filename="../app/cli_engine.cpp" line="-9"/>
        <location filename="../app/cli_train.cpp" line="+10"/>
        <source>train a model (or cross-validate)</source>
        <translation>entrenar un modelo (o hacer validación cruzada)</translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="-37"/>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <location filename="../app/climain.cpp" line="+21"/>
        <source>Usage: entail &lt;command&gt; [options]   (entail &lt;command&gt; --help for details)</source>
        <translation>Uso: entail &lt;orden&gt; [opciones]   (detalles con entail &lt;orden&gt; --help)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands:</source>
        <translation>Órdenes:</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>entail: internal error: %1</source>
        <translation>entail: error interno: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>entail: unknown command &apos;%1&apos;</source>
        <translation>entail: orden desconocida «%1»</translation>
    </message>
    <message>
        <location filename="../app/cli_team.cpp" line="-116"/>
        <source>%1: the project is read-only; no label was written</source>
        <translation>%1: el proyecto es de solo lectura; no se escribió ninguna etiqueta</translation>
    </message>
    <message>
        <source>%1:1: the header needs the columns id_1, id_2 and label</source>
        <translation type="vanished">%1:1: la cabecera necesita las columnas id_1, id_2 y label</translation>
    </message>
    <message>
        <location filename="../app/clipairrows.cpp" line="+40"/>
        <source>%1:1: the header needs the columns id_1, id_2 and %2</source>
        <translation>%1:1: la cabecera necesita las columnas id_1, id_2 y %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1:%2: %3 fields, the header has %4</source>
        <translation>%1:%2: %3 campos, la cabecera tiene %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1:%2: no pair %3 / %4 in the project</source>
        <translation>%1:%2: no hay ningún par %3 / %4 en el proyecto</translation>
    </message>
    <message>
        <location filename="../app/cli_team.cpp" line="+16"/>
        <source>%1:%2: unknown label &quot;%3&quot; (Contradictory, Implies or NoEntailment)</source>
        <translation>%1:%2: etiqueta desconocida «%3» (Contradictory, Implies o NoEntailment)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Record one annotator&apos;s labels from a CSV with the columns id_1, id_2 and label.</source>
        <translation>Registra las etiquetas de un anotador desde un CSV con las columnas id_1, id_2 y label.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who labelled.</source>
        <translation>Quién etiquetó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV with id_1, id_2, label.</source>
        <translation>CSV con id_1, id_2, label.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1:%2: %3 (the %4 rows before it are saved)</source>
        <translation>%1:%2: %3 (las %4 filas anteriores están guardadas)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>labelled %1/%2</source>
        <translation>etiquetados %1/%2</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Print the latency of one label (median and 99th percentile).</source>
        <translation>Muestra la latencia de una etiqueta (mediana y percentil 99).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>usage: entail label --project FILE|URL --annotator NAME --from labels.csv (on a server the role is the annotator)</source>
        <translation>uso: entail label --project ARCHIVO|URL --annotator NOMBRE --from labels.csv (en un servidor, el rol es el anotador)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 labels recorded for %2, %3 of them new or changed</source>
        <translation>%1 etiquetas registradas para %2, %3 de ellas nuevas o modificadas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>label latency: median %1 ms, p99 %2 ms; %3 labels/s</source>
        <translation>latencia de etiquetado: mediana %1 ms, p99 %2 ms; %3 etiquetas/s</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>undefined</source>
        <translation>indefinido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>annotators: %1</source>
        <translation>anotadores: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pairs labelled by two or more: %1</source>
        <translation>pares etiquetados por dos o más: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fleiss&apos; kappa: %1</source>
        <translation>kappa de Fleiss: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Krippendorff&apos;s alpha (nominal): %1</source>
        <translation>alfa de Krippendorff (nominal): %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cohen&apos;s kappa %1 / %2: %3 over %4 pairs</source>
        <translation>kappa de Cohen %1 / %2: %3 en %4 pares</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>agreement on %1: %2</source>
        <translation>acuerdo en %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Inter-annotator agreement of the labels recorded per annotator (entail label): each annotator&apos;s latest label of a pair.</source>
        <translation>Acuerdo entre anotadores de las etiquetas registradas por anotador (entail label): la última etiqueta de cada anotador para un par.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print JSON.</source>
        <translation>Imprime JSON.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>usage: entail agreement --project FILE [--json]</source>
        <translation>uso: entail agreement --project ARCHIVO [--json]</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>usage: entail team add-annotator NAME --role annotator|reviewer|owner --project postgresql://USER@HOST[:PORT]/DATABASE?project=NAME</source>
        <translation>uso: entail team add-annotator NOMBRE --role annotator|reviewer|owner --project postgresql://USUARIO@HOST[:PUERTO]/BASEDEDATOS?project=NOMBRE</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Give a login role (created if new, without a password: set one with psql&apos;s \password) the annotator, reviewer or owner role of a server project. Needs the project&apos;s owner.</source>
        <translation>Da a un rol de inicio de sesión (se crea si es nuevo, sin contraseña: asígnele una con \password de psql) el rol de anotador, revisor o propietario de un proyecto de servidor. Requiere el propietario del proyecto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Login role of the annotator.</source>
        <translation>Rol de inicio de sesión del anotador.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>annotator, reviewer or owner.</source>
        <translation>annotator (anotador), reviewer (revisor) u owner (propietario).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ROLE</source>
        <translation>ROL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server project locator.</source>
        <translation>Localizador del proyecto de servidor.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 is now %2 of %3</source>
        <translation>%1 es ahora %2 de %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>add an annotator or reviewer to a server project; assign pairs</source>
        <translation>añadir un anotador o revisor a un proyecto de servidor; asignar pares</translation>
    </message>
    <message>
        <source>add an annotator or reviewer to a server project</source>
        <translation type="vanished">añadir un anotador o revisor a un proyecto de servidor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>record one annotator&apos;s labels from a CSV</source>
        <translation>registrar las etiquetas de un anotador desde un CSV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>inter-annotator agreement (Cohen, Fleiss, Krippendorff)</source>
        <translation>acuerdo entre anotadores (Cohen, Fleiss, Krippendorff)</translation>
    </message>
    <message>
        <location filename="../app/clinotes.cpp" line="+16"/>
        <source>majority baseline (always %1): accuracy %2, macro-F1 %3</source>
        <translation>referencia mayoritaria (siempre %1): exactitud %2, F1 macro %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>warning: the model never predicts %1 (%2 such pairs): it misses every one</source>
        <translation>aviso: el modelo nunca predice %1 (%2 pares así): los falla todos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>calibration: temperature %1 on %2 validation pairs; NLL %3 -&gt; %4, ECE %5 -&gt; %6</source>
        <translation>calibración: temperatura %1 en %2 pares de validación; NLL %3 -&gt; %4, ECE %5 -&gt; %6</translation>
    </message>
    <message>
        <location filename="../app/cli_calibrate.cpp" line="-1"/>
        <source>Fit a temperature on the validation split and store it in the model file.</source>
        <translation>Ajusta una temperatura en la partición de validación y la guarda en el archivo del modelo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model version (name such as v3, or id); default: the active one.</source>
        <translation>Versión del modelo (nombre como v3, o id); por defecto: la activa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>usage: entail calibrate --project FILE [--model ID]</source>
        <translation>uso: entail calibrate --project ARCHIVO [--model ID]</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: the project is read-only</source>
        <translation>%1: el proyecto es de solo lectura</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: no model version %2</source>
        <translation>%1: no existe la versión del modelo %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: no active model version</source>
        <translation>%1: no hay ninguna versión activa del modelo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: model %2 calibrated</source>
        <translation>%1: modelo %2 calibrado</translation>
    </message>
    <message>
        <location filename="../app/cli_predictproject.cpp" line="-1"/>
        <source>Predict every pair of a project with its active model and store the predictions in it.</source>
        <translation>Predice cada par de un proyecto con su modelo activo y guarda las predicciones en él.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project file (.entail).</source>
        <translation>Archivo de proyecto (.entail).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: the project has no active model (train one, or activate a version)</source>
        <translation>%1: el proyecto no tiene un modelo activo (entrene uno o active una versión)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>predicted %1/%2 pairs, %3 pairs/s, about %4 s left   </source>
        <translation>predichos %1/%2 pares, %3 pares/s, quedan unos %4 s   </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: predictions of %2 of %3 pairs stored for %4</source>
        <translation>%1: predicciones de %2 de %3 pares guardadas para %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>interrupted: %1</source>
        <translation>interrumpido: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 predictions of %3 stored in %4 s (%5 pairs/s)</source>
        <translation>%1: %2 predicciones de %3 guardadas en %4 s (%5 pares/s)</translation>
    </message>
</context>
<context>
    <name>ComputeDevice</name>
    <message>
        <location filename="../model/net/computedevice.cpp" line="+14"/>
        <source>unknown device &apos;%1&apos; (expected cpu, cuda or cuda:N)</source>
        <translation>dispositivo desconocido &apos;%1&apos; (se espera cpu, cuda o cuda:N)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CUDA is not available: this LibTorch build or machine has no CUDA device; use --device cpu</source>
        <translation>CUDA no está disponible: esta versión de LibTorch o esta máquina no tiene ningún dispositivo CUDA; use --device cpu</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>device &apos;%1&apos; does not exist: this machine has %n CUDA device(s)</source>
        <translation>
            <numerusform>el dispositivo &apos;%1&apos; no existe: esta máquina tiene %n dispositivo CUDA</numerusform>
            <numerusform>el dispositivo &apos;%1&apos; no existe: esta máquina tiene %n dispositivos CUDA</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsensusRule</name>
    <message>
        <location filename="../model/team/consensus.cpp" line="+60"/>
        <source>imported label, no annotator yet</source>
        <translation>etiqueta importada, todavía sin anotador</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n label(s), needs more</source>
        <translation>
            <numerusform>%n etiqueta, necesita más</numerusform>
            <numerusform>%n etiquetas, necesita más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>agreed by %n annotator(s)</source>
        <translation>
            <numerusform>acordada por %n anotador</numerusform>
            <numerusform>acordada por %n anotadores</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>majority %1 of %2</source>
        <translation>mayoría %1 de %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>disagreement, %n label(s): needs a reviewer</source>
        <translation>
            <numerusform>desacuerdo, %n etiqueta: necesita un revisor</numerusform>
            <numerusform>desacuerdo, %n etiquetas: necesita un revisor</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>adjudicated by a reviewer</source>
        <translation>arbitrada por un revisor</translation>
    </message>
</context>
<context>
    <name>CrossValidation</name>
    <message>
        <location filename="../model/training/crossvalidation.cpp" line="+130"/>
        <source>cross-validation needs at least 2 folds</source>
        <translation>la validación cruzada necesita al menos 2 particiones</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../model/data/csv.cpp" line="+115"/>
        <source>quote character inside an unquoted field (quote the whole field and double the quotes in it)</source>
        <translation>comillas dentro de un campo sin comillas (ponga todo el campo entre comillas y duplique las que contiene)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>unterminated quoted field: the closing quote is missing</source>
        <translation>campo entre comillas sin terminar: falta la comilla de cierre</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unexpected text after a closing quote (a quote inside a quoted field must be doubled)</source>
        <translation>texto inesperado tras una comilla de cierre (una comilla dentro de un campo entre comillas debe duplicarse)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is UTF-16 encoded; save it as UTF-8</source>
        <translation>el archivo está codificado en UTF-16; guárdelo como UTF-8</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>binary data (a NUL byte): this is not a CSV text file</source>
        <translation>datos binarios (un byte NUL): esto no es un archivo de texto CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid UTF-8 (save the file as UTF-8)</source>
        <translation>UTF-8 no válido (guarde el archivo como UTF-8)</translation>
    </message>
</context>
<context>
    <name>DemoProject</name>
    <message>
        <location filename="../model/data/demo.cpp" line="+244"/>
        <source>%1: cannot create the images folder</source>
        <translation>%1: no se puede crear la carpeta de imágenes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>built-in demo</source>
        <translation>demostración integrada</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>%1: cannot write the demo image</source>
        <translation>%1: no se puede escribir la imagen de demostración</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../model/data/importer.cpp" line="+177"/>
        <source>pair %1 (ids %2, %3) holds a NUL character, which a CSV file cannot carry</source>
        <translation>el par %1 (ids %2, %3) contiene un carácter NUL, que un archivo CSV no puede contener</translation>
    </message>
</context>
<context>
    <name>FetchStatusText</name>
    <message>
        <location filename="../ui/review/fetchstatustext.cpp" line="+12"/>
        <source>not fetched yet</source>
        <translation>aún sin descargar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fetched, but the file is gone</source>
        <translation>descargada, pero el archivo ya no está</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not found on the server (%1)</source>
        <translation>no encontrada en el servidor (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not found on the server</source>
        <translation>no encontrada en el servidor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not an image</source>
        <translation>no es una imagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too large</source>
        <translation>demasiado grande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>timed out</source>
        <translation>tiempo agotado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused: %1</source>
        <translation>rechazada: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed: %1</source>
        <translation>fallida: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Image not available: %1.
Source: %2</source>
        <translation>Imagen no disponible: %1.
Origen: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not fetched yet: File › Get images... downloads it.</source>
        <translation>Aún sin descargar: Archivo › Obtener imágenes... la descarga.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>refused</source>
        <translation>rechazadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>fallidas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Missing images: %1</source>
        <translation>Imágenes ausentes: %1</translation>
    </message>
</context>
<context>
    <name>ImageLoader</name>
    <message>
        <location filename="../model/image/imageloader.cpp" line="+48"/>
        <source>the file is empty (0 bytes)</source>
        <translation>el archivo está vacío (0 bytes)</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>not an image, or an unsupported image format</source>
        <translation>no es una imagen, o el formato de imagen no es compatible</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the image header is damaged</source>
        <translation>la cabecera de la imagen está dañada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the image is too large: %1 x %2 pixels (the limit is %3 megapixels)</source>
        <translation>la imagen es demasiado grande: %1 x %2 píxeles (el límite es de %3 megapíxeles)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the image is truncated (the JPEG data has no end marker)</source>
        <translation>la imagen está truncada (a los datos JPEG les falta el marcador de fin)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>decoding this %1 x %2 image would need about %3 MB of memory (the limit is %4 MB)</source>
        <translation>decodificar esta imagen de %1 x %2 necesitaría unos %3 MB de memoria (el límite es de %4 MB)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the image data is corrupt or truncated</source>
        <translation>los datos de la imagen están dañados o truncados</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+11"/>
        <source>unsupported pixel format</source>
        <translation>formato de píxel no compatible</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>not enough memory to decode the image</source>
        <translation>no hay memoria suficiente para decodificar la imagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the image cannot be decoded: %1</source>
        <translation>no se puede decodificar la imagen: %1</translation>
    </message>
</context>
<context>
    <name>ImageResolver</name>
    <message>
        <location filename="../model/data/imageresolver.cpp" line="+48"/>
        <source>%1 leads outside the CSV&apos;s folder and the images folder (entail import --allow-outside-paths accepts it)</source>
        <translation>%1 sale de la carpeta del CSV y de la carpeta de imágenes (entail import --allow-outside-paths lo acepta)</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../model/data/importer.cpp" line="-89"/>
        <location filename="../model/store/projectimport.cpp" line="+60"/>
        <source>the file holds only blank lines</source>
        <translation>el archivo solo contiene líneas en blanco</translation>
    </message>
    <message>
        <location filename="../model/data/pairrecords.cpp" line="+48"/>
        <source>column &quot;%1&quot; appears twice</source>
        <translation>la columna «%1» aparece dos veces</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>missing required column &quot;%1&quot;</source>
        <translation>falta la columna obligatoria «%1»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>missing column &quot;%1&quot; (image_1_path and image_2_path go together)</source>
        <translation>falta la columna «%1» (image_1_path e image_2_path van juntas)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>expected %1 fields, found %2</source>
        <translation>se esperaban %1 campos, hay %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bad id &quot;%1&quot; in column %2 (expected digits)</source>
        <translation>id «%1» no válido en la columna %2 (se esperaban dígitos)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>column %1 holds %2 characters; at most %3 are accepted</source>
        <translation>la columna %1 tiene %2 caracteres; se aceptan como máximo %3</translation>
    </message>
    <message>
        <location filename="../model/data/importer.cpp" line="-37"/>
        <location filename="../model/store/projectimport.cpp" line="+32"/>
        <source>pair %1/%2 already appears on line %3</source>
        <translation>el par %1/%2 ya aparece en la línea %3</translation>
    </message>
    <message>
        <location line="+56"/>
        <location filename="../model/store/projectimport.cpp" line="+111"/>
        <source>no pairs (only a header)</source>
        <translation>no hay pares (solo una cabecera)</translation>
    </message>
    <message>
        <location filename="../model/data/pairrecords.cpp" line="-29"/>
        <source>unknown label &quot;%1&quot; (expected Contradictory, Implies, NoEntailment or empty)</source>
        <translation>etiqueta desconocida «%1» (se esperaba Contradictory, Implies, NoEntailment o vacía)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>label_idx &quot;%1&quot; does not match label &quot;%2&quot; (expected &quot;%3&quot;)</source>
        <translation>label_idx «%1» no corresponde a la etiqueta «%2» (se esperaba «%3»)</translation>
    </message>
</context>
<context>
    <name>LabelCommand</name>
    <message>
        <location filename="../ui/session/labelcommand.cpp" line="+11"/>
        <source>label pair %1 as %2</source>
        <translation>etiquetar el par %1 como %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>my label of pair %1: %2</source>
        <translation>mi etiqueta del par %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>take back my label of pair %1</source>
        <translation>retirar mi etiqueta del par %1</translation>
    </message>
</context>
<context>
    <name>LabelIssueStore</name>
    <message>
        <location filename="../model/labelissues/labelissuestore.cpp" line="+159"/>
        <source>%1: the stored label-issue scores cannot be read</source>
        <translation>%1: no se pueden leer las puntuaciones de errores de etiqueta guardadas</translation>
    </message>
</context>
<context>
    <name>LabelText</name>
    <message>
        <location filename="../ui/common/labeltext.cpp" line="+10"/>
        <source>Contradictory</source>
        <translation>Contradictorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Implies</source>
        <translation>Implica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NoEntailment</source>
        <translation>Sin implicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unlabeled</source>
        <translation>sin etiqueta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contrad.</source>
        <comment>short for Contradictory</comment>
        <translation>Contrad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Implies</source>
        <comment>short for Implies</comment>
        <translation>Implica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NoEnt.</source>
        <comment>short for NoEntailment</comment>
        <translation>Sin impl.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>train</source>
        <translation>entrenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>validation</source>
        <translation>validación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test</source>
        <translation>prueba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all splits</source>
        <translation>todas las particiones</translation>
    </message>
</context>
<context>
    <name>LanguageText</name>
    <message>
        <location filename="../model/runtime/translations.cpp" line="+55"/>
        <source>English</source>
        <extracomment>The name of the language of this translation, in that language (&quot;Deutsch&quot;, &quot;Español&quot;).</extracomment>
        <translation>Español</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
</context>
<context>
    <name>NetConfig</name>
    <message>
        <location filename="../model/net/netconfig.cpp" line="+108"/>
        <source>the network configuration is invalid</source>
        <translation>la configuración de la red no es válida</translation>
    </message>
</context>
<context>
    <name>OutputPath</name>
    <message>
        <location filename="../model/core/outputpath.cpp" line="+17"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no file name given</source>
        <translation>no se indicó ningún nombre de archivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file name is longer than %1 bytes</source>
        <translation>el nombre del archivo tiene más de %1 bytes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the folder %1 does not exist</source>
        <translation>la carpeta %1 no existe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a folder</source>
        <translation>%1 no es una carpeta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the folder %1 is not writable</source>
        <translation>no se puede escribir en la carpeta %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>disk full</source>
        <translation>disco lleno</translation>
    </message>
</context>
<context>
    <name>ProjectCopy</name>
    <message>
        <location filename="../model/store/projectcopy.cpp" line="+93"/>
        <source>cannot copy the table %1</source>
        <translation>no se puede copiar la tabla %1</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>%1: a file of that name exists already</source>
        <translation>%1: ya existe un archivo con ese nombre</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: cannot write the copy (%2)</source>
        <translation>%1: no se puede escribir la copia (%2)</translation>
    </message>
</context>
<context>
    <name>ProjectFetch</name>
    <message>
        <location filename="../model/fetch/projectfetch.cpp" line="+66"/>
        <source>%1: the project is read-only; images cannot be recorded in it</source>
        <translation>%1: el proyecto es de solo lectura; no se pueden registrar imágenes en él</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: cannot create the images folder</source>
        <translation>%1: no se puede crear la carpeta de imágenes</translation>
    </message>
</context>
<context>
    <name>ProjectLoader</name>
    <message>
        <location filename="../ui/session/projectloader.cpp" line="+49"/>
        <source>Cannot open the project</source>
        <translation>No se puede abrir el proyecto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no such file</source>
        <translation>%1: no existe el archivo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: cannot open the project</source>
        <translation>%1: no se puede abrir el proyecto</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot import the CSV file</source>
        <translation>No se puede importar el archivo CSV</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot create the demo project</source>
        <translation>No se puede crear el proyecto de demostración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: cannot create the demo project</source>
        <translation>%1: no se puede crear el proyecto de demostración</translation>
    </message>
</context>
<context>
    <name>ProjectLocator</name>
    <message>
        <location filename="../model/team/projectlocator.cpp" line="+38"/>
        <source>sslmode must be one of %1.</source>
        <translation>sslmode debe ser uno de %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+45"/>
        <source>A password does not belong in the project locator: use PGPASSWORD, ~/.pgpass or the password prompt.</source>
        <translation>Una contraseña no debe ir en el localizador del proyecto: use PGPASSWORD, ~/.pgpass o la solicitud de contraseña.</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Unknown parameter &quot;%1&quot; in the project locator.</source>
        <translation>Parámetro desconocido «%1» en el localizador del proyecto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The locator needs ?project=NAME (letters, digits, _ . -; at most 63).</source>
        <translation>El localizador necesita ?project=NOMBRE (letras, dígitos, _ . -; como máximo 63).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Not a server locator (postgresql://USER@HOST[:PORT]/DATABASE?project=NAME).</source>
        <translation>No es un localizador de servidor (postgresql://USUARIO@SERVIDOR[:PUERTO]/BASEDATOS?project=NOMBRE).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server locator is not a valid URL.</source>
        <translation>El localizador de servidor no es una URL válida.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The locator needs a user and a database: postgresql://USER@HOST[:PORT]/DATABASE?project=NAME.</source>
        <translation>El localizador necesita un usuario y una base de datos: postgresql://USUARIO@SERVIDOR[:PUERTO]/BASEDATOS?project=NOMBRE.</translation>
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
        <translation>disco lleno</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>database error</source>
        <translation>error de la base de datos</translation>
    </message>
    <message>
        <location filename="../model/store/storeconnection.h" line="+101"/>
        <source>cannot start a transaction</source>
        <translation>no se puede iniciar una transacción</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot commit</source>
        <translation>no se puede confirmar la transacción</translation>
    </message>
    <message>
        <location filename="../model/store/storeschema.cpp" line="+114"/>
        <source>%1: the project was written by a newer Entail Studio (schema %2, this version reads up to %3)</source>
        <translation>%1: el proyecto lo escribió una versión más reciente de Entail Studio (esquema %2; esta versión lee hasta el %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: not an Entail Studio project</source>
        <translation>%1: no es un proyecto de Entail Studio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the project has an older format and cannot be upgraded read-only; open it once where it can be written</source>
        <translation>%1: el proyecto tiene un formato anterior y no se puede actualizar en solo lectura; ábralo una vez donde se pueda escribir</translation>
    </message>
    <message>
        <location filename="../model/store/pairimport.cpp" line="+170"/>
        <location filename="../model/store/pairtable.cpp" line="+173"/>
        <source>cannot save splits</source>
        <translation>no se pueden guardar las particiones</translation>
    </message>
    <message>
        <location filename="../model/store/pairtable.cpp" line="-13"/>
        <location line="+80"/>
        <source>cannot append to the annotation log</source>
        <translation>no se puede añadir al historial de anotaciones</translation>
    </message>
    <message>
        <location filename="../model/store/storeconnection.cpp" line="-66"/>
        <source>cannot open the project</source>
        <translation>no se puede abrir el proyecto</translation>
    </message>
    <message>
        <location filename="../model/store/projectbuilder.cpp" line="+63"/>
        <source>%1 is being created by another process (pid %2)</source>
        <translation>%1 lo está creando otro proceso (pid %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1: la carpeta %2 no existe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: cannot write in the folder %2</source>
        <translation>%1: no se puede escribir en la carpeta %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: disk full</source>
        <translation>%1: disco lleno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: cannot create the lock file %2</source>
        <translation>%1: no se puede crear el archivo de bloqueo %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../model/store/store.cpp" line="+111"/>
        <location line="+113"/>
        <source>%1: a file of that name exists already</source>
        <translation>%1: ya existe un archivo con ese nombre</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1: the new project could not be completed</source>
        <translation>%1: no se pudo completar el nuevo proyecto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: cannot move the new project into place (%2)</source>
        <translation>%1: no se puede mover el nuevo proyecto a su lugar (%2)</translation>
    </message>
    <message>
        <location filename="../model/store/store.cpp" line="-35"/>
        <source>%1: no such project file</source>
        <translation>%1: no existe ese archivo de proyecto</translation>
    </message>
    <message>
        <location filename="../model/store/pairimport.cpp" line="-73"/>
        <location line="+5"/>
        <location line="+36"/>
        <location line="+8"/>
        <location filename="../model/store/pairtable.cpp" line="-86"/>
        <source>cannot add pairs</source>
        <translation>no se pueden añadir pares</translation>
    </message>
    <message>
        <location filename="../model/store/storeconnection.cpp" line="+128"/>
        <source>cannot save project settings</source>
        <translation>no se pueden guardar los ajustes del proyecto</translation>
    </message>
    <message>
        <location filename="../model/store/store.cpp" line="+30"/>
        <source>%1: a server&apos;s project is backed up by the server&apos;s own tools, or copied to a file with entail project copy</source>
        <translation>%1: la copia de seguridad de un proyecto de servidor se hace con las herramientas propias del servidor, o se copia a un archivo con entail project copy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: no such folder</source>
        <translation>%1: no existe esa carpeta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot write the backup %1</source>
        <translation>no se puede escribir la copia de seguridad %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: cannot write the backup (%2)</source>
        <translation>%1: no se puede escribir la copia de seguridad (%2)</translation>
    </message>
    <message>
        <location line="+56"/>
        <location filename="../model/store/storeannotations.cpp" line="+90"/>
        <location line="+41"/>
        <location filename="../model/store/storelabels.cpp" line="+18"/>
        <source>invalid label id %1</source>
        <translation>id de etiqueta no válido: %1</translation>
    </message>
    <message>
        <location filename="../model/store/pairtable.cpp" line="+95"/>
        <location filename="../model/store/storeannotations.cpp" line="-74"/>
        <source>cannot read the pair</source>
        <translation>no se puede leer el par</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../model/store/storeannotations.cpp" line="+41"/>
        <location filename="../model/store/storeassignments.cpp" line="+39"/>
        <source>%1: no pair with key %2</source>
        <translation>%1: no hay ningún par con la clave %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot change the label</source>
        <translation>no se puede cambiar la etiqueta</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>cannot save image locations</source>
        <translation>no se pueden guardar las rutas de las imágenes</translation>
    </message>
    <message>
        <location filename="../model/store/storeversions.cpp" line="+62"/>
        <source>cannot record the model version</source>
        <translation>no se puede registrar la versión del modelo</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>cannot activate the model</source>
        <translation>no se puede activar el modelo</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+12"/>
        <source>cannot save predictions</source>
        <translation>no se pueden guardar las predicciones</translation>
    </message>
    <message>
        <location filename="../model/store/storecheck.cpp" line="+28"/>
        <source>it cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+52"/>
        <source>the table, index or trigger %1 is missing</source>
        <translation>falta la tabla, el índice o el disparador %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 pairs were imported but %2 are present</source>
        <translation>se importaron %1 pares pero hay %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>pair %1 has the label %2, outside -1..2</source>
        <translation>el par %1 tiene la etiqueta %2, fuera de -1..2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>pair %1 has the label %2 but its log says %3</source>
        <translation>el par %1 tiene la etiqueta %2 pero su registro dice %3</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>review entry %1 has the unknown state &quot;%2&quot;</source>
        <translation>la entrada de revisión %1 tiene el estado desconocido «%2»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>review entry %1 has the label %2, outside -1..2</source>
        <translation>la entrada de revisión %1 tiene la etiqueta %2, fuera de -1..2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>review entry %1 names the pair %2, which does not exist</source>
        <translation>la entrada de revisión %1 indica el par %2, que no existe</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: the project file is damaged (%2). Restore a backup of it, or import the CSV again into a new project (`entail export` of an older copy of the project writes that CSV).</source>
        <translation>%1: el archivo del proyecto está dañado (%2). Restaure una copia de seguridad o vuelva a importar el CSV en un proyecto nuevo (`entail export` de una copia anterior del proyecto escribe ese CSV).</translation>
    </message>
    <message>
        <location filename="../model/store/paircursor.cpp" line="+56"/>
        <location filename="../model/store/storecheck.cpp" line="+28"/>
        <source>%1: cannot read the project (%2)</source>
        <translation>%1: no se puede leer el proyecto (%2)</translation>
    </message>
    <message>
        <location filename="../model/store/storecheck.cpp" line="+3"/>
        <source>it does not start with an SQLite header</source>
        <translation>no empieza con una cabecera de SQLite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its header names a page size of %1 bytes</source>
        <translation>su cabecera indica un tamaño de página de %1 bytes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its size, %1 bytes, is not a whole number of %2-byte pages</source>
        <translation>su tamaño, %1 bytes, no es un número entero de páginas de %2 bytes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>SQLite&apos;s check reports: %1</source>
        <translation>la comprobación de SQLite informa: %1</translation>
    </message>
    <message>
        <location filename="../model/store/storefetches.cpp" line="+27"/>
        <source>cannot record fetched images</source>
        <translation>no se pueden registrar las imágenes descargadas</translation>
    </message>
    <message>
        <location filename="../model/store/storeannotations.cpp" line="-50"/>
        <source>cannot read the annotators&apos; labels</source>
        <translation>no se pueden leer las etiquetas de los anotadores</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: annotator roles exist on a server project only; in a project file annotators are names</source>
        <translation>%1: los roles de anotador solo existen en un proyecto de servidor; en un archivo de proyecto los anotadores son nombres</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>an annotator label needs the annotator&apos;s name</source>
        <translation>una etiqueta de anotador necesita el nombre del anotador</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot record the annotator&apos;s label</source>
        <translation>no se puede registrar la etiqueta del anotador</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot take back the annotator&apos;s label</source>
        <translation>no se puede retirar la etiqueta del anotador</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an adjudication needs the reviewer&apos;s name</source>
        <translation>un arbitraje necesita el nombre del revisor</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot record the adjudication</source>
        <translation>no se puede registrar el arbitraje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot take back the adjudication</source>
        <translation>no se puede retirar el arbitraje</translation>
    </message>
    <message>
        <location filename="../model/store/storelabels.cpp" line="-3"/>
        <source>%1 pairs but %2 labels</source>
        <translation>%1 pares pero %2 etiquetas</translation>
    </message>
    <message>
        <location filename="../model/store/storepgschema.cpp" line="+192"/>
        <source>cannot read the server&apos;s roles</source>
        <translation>no se pueden leer los roles del servidor</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: the database and project names are too long for the server&apos;s role names (63 bytes)</source>
        <translation>%1: los nombres de la base de datos y del proyecto son demasiado largos para los nombres de rol del servidor (63 bytes)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: the project exists already</source>
        <translation>%1: el proyecto ya existe</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: the project was created by an older Entail Studio and has no assignments yet; the role that created it must assign pairs first (that adds the table)</source>
        <translation>%1: el proyecto lo creó una versión anterior de Entail Studio y aún no tiene asignaciones; el rol que lo creó debe asignar pares primero (eso añade la tabla)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: no such role name</source>
        <translation>%1: no existe ese nombre de rol</translation>
    </message>
    <message>
        <location filename="../model/store/storeserver.cpp" line="+24"/>
        <source>%1: this installation has no PostgreSQL driver (Debian: libqt6sql6-psql)</source>
        <translation>%1: esta instalación no tiene controlador de PostgreSQL (Debian: libqt6sql6-psql)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: cannot connect to the server (%2)</source>
        <translation>%1: no se puede conectar con el servidor (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read the session&apos;s role</source>
        <translation>no se puede leer el rol de la sesión</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the database %2 holds no project %3 (entail import FILE.csv --project %1 creates it)</source>
        <translation>%1: la base de datos %2 no contiene ningún proyecto %3 (entail import ARCHIVO.csv --project %1 lo crea)</translation>
    </message>
    <message>
        <location filename="../model/store/storeassignments.cpp" line="-5"/>
        <source>cannot read the pairs</source>
        <translation>no se pueden leer los pares</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: not a server project</source>
        <translation>%1: no es un proyecto de servidor</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: only the project&apos;s reviewers and owners may assign pairs (%2 is an annotator)</source>
        <translation>%1: solo los revisores y propietarios del proyecto pueden asignar pares (%2 es anotador)</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+20"/>
        <source>an assignment needs the annotator&apos;s name</source>
        <translation>una asignación necesita el nombre del anotador</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>cannot assign the pairs</source>
        <translation>no se pueden asignar los pares</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+3"/>
        <source>cannot take back the assignments</source>
        <translation>no se pueden retirar las asignaciones</translation>
    </message>
    <message>
        <location filename="../model/store/storetexts.cpp" line="+115"/>
        <source>%1: cannot read the pairs&apos; texts: %2</source>
        <translation>%1: no se pueden leer los textos de los pares: %2</translation>
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
        <translation>Revisar, corregir e inspeccionar etiquetas de implicación multimodal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A project (.entail) or a CSV file to import. Default: the demo.</source>
        <translation>Un proyecto (.entail) o un archivo CSV que importar. Predeterminado: la demostración.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images folder of the CSV file.</source>
        <translation>Carpeta de imágenes del archivo CSV.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIR</source>
        <translation>CARPETA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A trained model file to load into the project once it is open.</source>
        <translation>Un archivo de modelo entrenado que se cargará en el proyecto una vez abierto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
</context>
<context>
    <name>ReviewCommand</name>
    <message>
        <location filename="../ui/reviewstate/reviewcommand.cpp" line="+10"/>
        <source>comment on pair %1</source>
        <translation>comentar el par %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mark pair %1 as %2</source>
        <translation>marcar el par %1 como %2</translation>
    </message>
</context>
<context>
    <name>ReviewStore</name>
    <message>
        <location filename="../model/store/reviewstore.cpp" line="+70"/>
        <location line="+9"/>
        <source>cannot record the review</source>
        <translation>no se puede registrar la revisión</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1: there is no pair %2</source>
        <translation>%1: no existe el par %2</translation>
    </message>
</context>
<context>
    <name>ReviewText</name>
    <message>
        <location filename="../ui/reviewstate/reviewtext.cpp" line="+8"/>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unsure</source>
        <translation>dudoso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>label is right</source>
        <translation>etiqueta correcta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not reviewed</source>
        <translation>sin revisar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Comment by %1: %2</source>
        <translation>Comentario de %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
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
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+17"/>
        <location line="+21"/>
        <source>the file cannot be read: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is too large (%1; the limit is %2)</source>
        <translation>el archivo es demasiado grande (%1; el límite es %2)</translation>
    </message>
</context>
<context>
    <name>ScriptEncoder</name>
    <message>
        <location filename="../model/net/scriptencoder.cpp" line="+39"/>
        <source>%1: cannot read the TorchScript encoder: %2</source>
        <translation>%1: no se puede leer el codificador TorchScript: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+15"/>
        <source>%1: not a TorchScript module</source>
        <translation>%1: no es un módulo TorchScript</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: the TorchScript encoder returns %2 values per row; at most %3 are supported</source>
        <translation>%1: el codificador TorchScript devuelve %2 valores por fila; se admiten como máximo %3</translation>
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
        <translation>%1: el módulo TorchScript no cumple el contrato de los codificadores (%2): %3</translation>
    </message>
</context>
<context>
    <name>SpmLibrary</name>
    <message>
        <location filename="../model/text/spmlibrary.cpp" line="+69"/>
        <source>The tokenizer plugin %1 could not be loaded. Tried: %2. Set ENTAIL_SPM_PLUGIN to its path.</source>
        <translation>No se pudo cargar el complemento del tokenizador %1. Se probó: %2. Indique su ruta en ENTAIL_SPM_PLUGIN.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no location</source>
        <translation>ninguna ubicación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not found</source>
        <translation>no encontrado</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>not an Entail Studio tokenizer plugin (missing functions)</source>
        <translation>no es un complemento de tokenizador de Entail Studio (faltan funciones)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>plugin API version %1, expected %2</source>
        <translation>versión %1 de la API del complemento; se esperaba la %2</translation>
    </message>
</context>
<context>
    <name>Tokenizer</name>
    <message>
        <location filename="../model/text/tokenizer.cpp" line="+65"/>
        <source>unknown sentencepiece error</source>
        <translation>error desconocido de sentencepiece</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The vocabulary size must be larger than %1.</source>
        <translation>El tamaño del vocabulario debe ser mayor que %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no text to train the tokenizer on.</source>
        <translation>No hay texto con el que entrenar el tokenizador.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Training the tokenizer failed: %1</source>
        <translation>El entrenamiento del tokenizador falló: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The tokenizer model is empty.</source>
        <translation>El modelo del tokenizador está vacío.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The tokenizer model is corrupt: %1</source>
        <translation>El modelo del tokenizador está dañado: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The tokenizer model does not have %1 at id %2; it was not trained by Entail Studio.</source>
        <translation>El modelo del tokenizador no tiene %1 en el id %2; no lo entrenó Entail Studio.</translation>
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
        <translation>%1: no se puede cargar el tokenizador: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the tokenizer does not match the network</source>
        <translation>%1: el tokenizador no corresponde a la red</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: the stored weights do not match the network configuration (%2)</source>
        <translation>%1: los pesos guardados no corresponden a la configuración de la red (%2)</translation>
    </message>
</context>
<context>
    <name>Trainer</name>
    <message>
        <location filename="../model/training/trainer.cpp" line="+42"/>
        <source>training failed: %1</source>
        <translation>el entrenamiento falló: %1</translation>
    </message>
</context>
<context>
    <name>TrainingController</name>
    <message>
        <location filename="../ui/training/trainingworker.cpp" line="+55"/>
        <source>The project has no labeled pairs in its training split.</source>
        <translation>El proyecto no tiene pares etiquetados en su partición de entrenamiento.</translation>
    </message>
</context>
<context>
    <name>TrainingRecord</name>
    <message>
        <location filename="../model/training/trainingrecord.cpp" line="+205"/>
        <source>Cannot create the models folder %1.</source>
        <translation>No se puede crear la carpeta de modelos %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The training finished but its model file %1 is missing.</source>
        <translation>El entrenamiento terminó, pero falta su archivo de modelo %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The project was closed before the new version could be recorded.</source>
        <translation>El proyecto se cerró antes de que se pudiera registrar la nueva versión.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1: removed, as no version of the project records it (a training run was stopped after saving it and before recording it)</source>
        <translation>%1: eliminado, porque ninguna versión del proyecto lo registra (un entrenamiento se detuvo después de guardarlo y antes de registrarlo)</translation>
    </message>
</context>
<context>
    <name>TrainingRun</name>
    <message>
        <location filename="../model/training/trainingrun.cpp" line="+86"/>
        <source>Training the tokenizer on %1 texts</source>
        <translation>Entrenando el tokenizador con %1 textos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot train the tokenizer: %1</source>
        <translation>no se puede entrenar el tokenizador: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Preparing %1 labeled pairs</source>
        <translation>Preparando %1 pares etiquetados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 images could not be read and count as missing (first: %2)</source>
        <translation>no se pudieron leer %1 imágenes, que cuentan como ausentes (la primera: %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there are no labeled training pairs</source>
        <translation>no hay pares de entrenamiento etiquetados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Computing embeddings of the frozen encoders</source>
        <translation>Calculando los embeddings de los codificadores congelados</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>Early stop after epoch %1: validation macro-F1 has not improved for %2 epochs</source>
        <translation>Parada temprana tras la época %1: el F1 macro de validación no ha mejorado en %2 épocas</translation>
    </message>
</context>
<context>
    <name>TrainingWorker</name>
    <message>
        <location filename="../ui/training/trainingworker.cpp" line="-16"/>
        <source>training failed: %1</source>
        <translation>el entrenamiento falló: %1</translation>
    </message>
</context>
<context>
    <name>VersionCalibration</name>
    <message>
        <location filename="../model/modelfile/versioncalibration.cpp" line="+37"/>
        <source>%1: the project is read-only</source>
        <translation>%1: el proyecto es de solo lectura</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: model %2 has no stored predictions; predict all pairs with it first</source>
        <translation>%1: el modelo %2 no tiene predicciones guardadas; prediga antes todos los pares con él</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: no labeled pair in the validation split to calibrate on</source>
        <translation>%1: no hay ningún par etiquetado en la partición de validación con el que calibrar</translation>
    </message>
</context>
<context>
    <name>entail::AboutDialog</name>
    <message>
        <location filename="../ui/help/aboutdialog.cpp" line="+48"/>
        <source>The user interface, the project files (SQLite) and the translations.</source>
        <translation>La interfaz, los archivos de proyecto (SQLite) y las traducciones.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The neural network: training and prediction.</source>
        <translation>La red neuronal: entrenamiento y predicción.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading and resizing images; the pictures of the demo project.</source>
        <translation>Lectura y redimensionado de imágenes; las imágenes del proyecto de demostración.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Splitting tweet texts into word pieces.</source>
        <translation>División de los textos de los tuits en fragmentos de palabras.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognizing Multimodal Entailment dataset</source>
        <translation>Conjunto de datos Recognizing Multimodal Entailment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data format and the baseline model follow it; the data is not included.</source>
        <translation>El formato de los datos y el modelo de referencia lo siguen; los datos no se incluyen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;About Entail Studio</source>
        <translation>&amp;Acerca de Entail Studio</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>About Entail Studio</source>
        <translation>Acerca de Entail Studio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Entail Studio</source>
        <translation>Entail Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review tweet pairs, correct their entailment labels, inspect the model&apos;s errors and retrain it.</source>
        <translation>Revise pares de tuits, corrija sus etiquetas de implicación, examine los errores del modelo y vuelva a entrenarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Built with</source>
        <translation>Creado con</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>About Qt</source>
        <translation>Acerca de Qt</translation>
    </message>
</context>
<context>
    <name>entail::AdjudicationDialog</name>
    <message>
        <location filename="../ui/team/adjudicationdialog.cpp" line="+22"/>
        <source>Adjudicate</source>
        <translation>Arbitrar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pair</source>
        <translation>Par</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Annotator</source>
        <translation>Anotador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1, 2, 3: the final label (then the next pair); 0 or Backspace: take it back.</source>
        <translation>1, 2, 3: la etiqueta final (y luego el par siguiente); 0 o Retroceso: retirarla.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>No pair is in disagreement.</source>
        <translation>Ningún par está en desacuerdo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First: %1

Second: %2</source>
        <translation>Primero: %1

Segundo: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pair %1 is not in the table (deleted?)</source>
        <translation>El par %1 no está en la tabla (¿eliminado?)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Refused: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the project did not accept the decision</source>
        <translation>el proyecto no aceptó la decisión</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Pair %1: adjudication taken back.</source>
        <translation>Par %1: arbitraje retirado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pair %1: final label %2.</source>
        <translation>Par %1: etiqueta final %2.</translation>
    </message>
</context>
<context>
    <name>entail::AgreementDock</name>
    <message>
        <location filename="../ui/team/agreementdock.cpp" line="+62"/>
        <location line="+32"/>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+75"/>
        <source>Agreement needs labels from at least two annotators.
When two or more people have labelled pairs of this project, their agreement shows here.</source>
        <translation>El acuerdo necesita etiquetas de al menos dos anotadores.
Cuando dos o más personas hayan etiquetado pares de este proyecto, su acuerdo se mostrará aquí.</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Annotator</source>
        <translation>Anotador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cohen&apos;s κ</source>
        <translation>κ de Cohen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rows:</source>
        <translation>Filas:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns:</source>
        <translation>Columnas:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Click a cell to list those pairs in the table</source>
        <translation>Haga clic en una celda para listar esos pares en la tabla</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Adjudicate disagreements...</source>
        <translation>Arbitrar desacuerdos...</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cannot read the annotators&apos; labels: %1</source>
        <translation>No se pueden leer las etiquetas de los anotadores: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Annotators: %1 (%2)
Pairs labelled by two or more: %3
Fleiss&apos; κ: %4
Krippendorff&apos;s α: %5</source>
        <translation>Anotadores: %1 (%2)
Pares etiquetados por dos o más: %3
κ de Fleiss: %4
α de Krippendorff: %5</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1 said %2, %3 said %4</source>
        <translation>%1 dijo %2, %3 dijo %4</translation>
    </message>
</context>
<context>
    <name>entail::AnnotationLogModel</name>
    <message>
        <location filename="../ui/review/annotationlogmodel.cpp" line="+40"/>
        <source>correction</source>
        <translation>corrección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import</source>
        <translation>importación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>model</source>
        <translation>modelo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
</context>
<context>
    <name>entail::BackgroundPrediction</name>
    <message>
        <location filename="../ui/prediction/backgroundprediction.cpp" line="+124"/>
        <source>the predictions of %1 of %2 pairs are stored in the project</source>
        <translation>las predicciones de %1 de %2 pares están guardadas en el proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing was stored</source>
        <translation>no se guardó nada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prediction cancelled: %1.</source>
        <translation>Predicción cancelada: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predictions done, but only %1 of %2 saved in the project: %3</source>
        <translation>Predicciones terminadas, pero solo %1 de %2 guardadas en el proyecto: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predictions done, but not saved in the project: %1</source>
        <translation>Predicciones terminadas, pero no guardadas en el proyecto: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Predicted %n pair(s) in %1 s (%2 pairs/s)</source>
        <translation>
            <numerusform>%n par predicho en %1 s (%2 pares/s)</numerusform>
            <numerusform>%n pares predichos en %1 s (%2 pares/s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entail::BoostControl</name>
    <message>
        <location filename="../ui/metrics/boostcontrol.cpp" line="+24"/>
        <source>Rare-label &amp;boost:</source>
        <translation>&amp;Refuerzo de etiquetas raras:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re-decides every prediction from the stored probabilities: each class&apos;s probability is divided by its share of the training split raised to this power, then renormalised. 0 = off (the model&apos;s own decisions); 1 = every label equally likely a priori. Moves decisions towards the rare labels: more recall for them, less accuracy. No retraining; the matrix, the Predicted column and the suspects follow at once.</source>
        <translation>Vuelve a decidir cada predicción a partir de las probabilidades guardadas: la probabilidad de cada clase se divide por su proporción en la partición de entrenamiento elevada a esta potencia y luego se renormaliza. 0 = desactivado (las decisiones propias del modelo); 1 = todas las etiquetas igual de probables a priori. Inclina las decisiones hacia las etiquetas raras: más exhaustividad para ellas, menos exactitud. Sin reentrenar; la matriz, la columna Predicha y los sospechosos se actualizan al instante.</translation>
    </message>
</context>
<context>
    <name>entail::BulkRelabel</name>
    <message>
        <location filename="../ui/labelissues/bulkrelabel.cpp" line="+20"/>
        <source>Set label of selected pairs</source>
        <translation>Etiquetar pares seleccionados</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Select the pairs to label in the table first.</source>
        <translation>Seleccione primero en la tabla los pares que etiquetar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In team mode each label is your own judgement of one pair: label the pairs one at a time (1/2/3).</source>
        <translation>En modo equipo cada etiqueta es su propio juicio sobre un par: etiquete los pares de uno en uno (1/2/3).</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Saving the labels of %n pair(s)...</source>
        <translation>
            <numerusform>Guardando las etiquetas de %n par...</numerusform>
            <numerusform>Guardando las etiquetas de %n pares...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>Labeled %n pair(s) as %1 (saved)</source>
        <translation>
            <numerusform>%n par etiquetado como %1 (guardado)</numerusform>
            <numerusform>%n pares etiquetados como %1 (guardado)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Restored the labels of %n pair(s) (saved)</source>
        <translation>
            <numerusform>Restauradas las etiquetas de %n par (guardado)</numerusform>
            <numerusform>Restauradas las etiquetas de %n pares (guardado)</numerusform>
        </translation>
    </message>
    <message>
        <location line="-14"/>
        <source>The correction was not saved</source>
        <translation>La corrección no se guardó</translation>
    </message>
</context>
<context>
    <name>entail::CalibrationPanel</name>
    <message>
        <location filename="../ui/metrics/calibrationpanel.cpp" line="+25"/>
        <source>&amp;Calibrate</source>
        <translation>&amp;Calibrar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fits a temperature on the validation split&apos;s stored predictions (current labels), writes it into the model file and reloads the model. The decisions stay the same; the probabilities shown become honest.</source>
        <translation>Ajusta una temperatura con las predicciones guardadas de la partición de validación (etiquetas actuales), la escribe en el archivo del modelo y vuelve a cargar el modelo. Las decisiones no cambian; las probabilidades mostradas pasan a ser honestas.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accuracy</source>
        <translation>Exactitud</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reliability diagram: per confidence bin, how often the model was right. On the dashed diagonal the confidence is honest; below it the model is overconfident.</source>
        <translation>Diagrama de fiabilidad: para cada intervalo de confianza, con qué frecuencia acertó el modelo. Sobre la diagonal discontinua la confianza es honesta; por debajo, el modelo está demasiado seguro.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Calibration error (ECE): –</source>
        <translation>Error de calibración (ECE): –</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calibration error (ECE): %1</source>
        <translation>Error de calibración (ECE): %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No model is active.</source>
        <translation>No hay ningún modelo activo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not calibrated (temperature 1).</source>
        <translation>Sin calibrar (temperatura 1).</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Temperature %1 (fitted on %n validation pair(s)): NLL %2 → %3, ECE %4 → %5.</source>
        <translation>
            <numerusform>Temperatura %1 (ajustada con %n par de validación): NLL %2 → %3, ECE %4 → %5.</numerusform>
            <numerusform>Temperatura %1 (ajustada con %n pares de validación): NLL %2 → %3, ECE %4 → %5.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Calibrating %1...</source>
        <translation>Calibrando %1...</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Calibration failed: %1</source>
        <translation>La calibración falló: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calibrated: temperature %1, validation NLL %2 → %3</source>
        <translation>Calibrado: temperatura %1, NLL de validación %2 → %3</translation>
    </message>
</context>
<context>
    <name>entail::ClassMetricsModel</name>
    <message>
        <location filename="../ui/metrics/classmetricsmodel.cpp" line="+52"/>
        <source>Prec.</source>
        <translation>Prec.</translation>
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
        <translation>Pares</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Of the pairs predicted as this class, the share labeled so</source>
        <translation>De los pares predichos como esta clase, la proporción etiquetada así</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of the pairs labeled as this class, the share predicted so</source>
        <translation>De los pares etiquetados como esta clase, la proporción predicha así</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harmonic mean of precision and recall</source>
        <translation>Media armónica de la precisión y la exhaustividad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labeled pairs of this class that have a prediction</source>
        <translation>Pares etiquetados de esta clase que tienen predicción</translation>
    </message>
</context>
<context>
    <name>entail::CommentDialog</name>
    <message>
        <location filename="../ui/reviewstate/commentdialog.cpp" line="+14"/>
        <source>Comment on pair %1</source>
        <translation>Comentario sobre el par %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A note for this pair, kept in the project with its review state (an empty text removes the comment).</source>
        <translation>Una nota para este par, guardada en el proyecto con su estado de revisión (un texto vacío elimina el comentario).</translation>
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
        <translation>Real %1, predicha %2: antes %3, ahora %4</translation>
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
            <numerusform>%n par etiquetado %1 se predijo %2 (%3 % de %1). Haga clic para listarlo.</numerusform>
            <numerusform>%n pares etiquetados %1 se predijeron %2 (%3 % de %1). Haga clic para listarlos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pairs labeled %1</source>
        <translation>Pares etiquetados %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pairs predicted %1</source>
        <translation>Pares predichos %1</translation>
    </message>
</context>
<context>
    <name>entail::ConfusionMatrixView</name>
    <message>
        <location filename="../ui/metrics/confusionmatrixview.cpp" line="+24"/>
        <source>Split:</source>
        <translation>Partición:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rows: label • columns: prediction</source>
        <translation>Filas: etiqueta • columnas: predicción</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Click a cell to list its pairs in the table</source>
        <translation>Haga clic en una celda para listar sus pares en la tabla</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No predictions yet.
Train a model (toolbar: Train…) or load one (Model › Load model...) to compare its predictions with the labels.</source>
        <translation>Aún no hay predicciones.
Entrene un modelo (barra de herramientas: Entrenar…) o cargue uno (Modelo › Cargar modelo…) para comparar sus predicciones con las etiquetas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No labeled pairs with a prediction in this split.</source>
        <translation>No hay pares etiquetados con predicción en esta partición.</translation>
    </message>
</context>
<context>
    <name>entail::ConnectionWatch</name>
    <message>
        <location filename="../ui/team/connectionwatch.cpp" line="+38"/>
        <source>the connection was closed</source>
        <translation>la conexión se cerró</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server cannot be reached: nothing you label now is saved (the label you pressed was not applied). Reconnecting every %1 s...
%2</source>
        <translation>No se puede acceder al servidor: nada de lo que etiquete ahora se guarda (la etiqueta que pulsó no se aplicó). Reconectando cada %1 s...
%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reconnect now</source>
        <translation>Reconectar ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved: the server cannot be reached</source>
        <translation>No guardado: no se puede acceder al servidor</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reconnecting to the server</source>
        <translation>Reconectando con el servidor</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Connected to the server again</source>
        <translation>Conectado de nuevo al servidor</translation>
    </message>
</context>
<context>
    <name>entail::CurrentPairController</name>
    <message>
        <location filename="../ui/review/currentpaircontroller.cpp" line="+95"/>
        <source>Pair %1: your label %2 (saved)</source>
        <translation>Par %1: su etiqueta %2 (guardada)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pair %1: your label taken back (saved)</source>
        <translation>Par %1: su etiqueta retirada (guardado)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pair %1: %2 → %3 (saved)</source>
        <translation>Par %1: %2 → %3 (guardado)</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n label(s) changed by another window or process</source>
        <translation>
            <numerusform>%n etiqueta cambiada por otra ventana u otro proceso</numerusform>
            <numerusform>%n etiquetas cambiadas por otra ventana u otro proceso</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Changed the label of pair %1, which the filter hides</source>
        <translation>Se cambió la etiqueta del par %1, que el filtro oculta</translation>
    </message>
</context>
<context>
    <name>entail::DuplicateFeature</name>
    <message>
        <location filename="../ui/duplicates/duplicatefeature.cpp" line="+27"/>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show &amp;duplicates of this pair</source>
        <translation>Mostrar &amp;duplicados de este par</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicates disagree</source>
        <translation>Duplicados discrepan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pairs with the same two texts, side by side with their labels (key D)</source>
        <translation>Los pares con los mismos dos textos, uno junto a otro con sus etiquetas (tecla D)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only pairs whose texts recur in other pairs with a different label</source>
        <translation>Solo los pares cuyos textos se repiten en otros pares con otra etiqueta</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>same text ×%1</source>
        <translation>mismo texto ×%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 pairs have these two texts (case, links and @mentions aside): key D shows them</source>
        <translation>%1 pares tienen estos dos textos (sin contar mayúsculas, enlaces y @menciones): la tecla D los muestra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; their labels differ</source>
        <translation>; sus etiquetas difieren</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+52"/>
        <source>Cannot look for duplicates: %1</source>
        <translation>No se pueden buscar duplicados: %1</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Still looking for duplicates; try again in a moment.</source>
        <translation>Aún se están buscando duplicados; inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pair %1 has no duplicate: no other pair has its two texts.</source>
        <translation>El par %1 no tiene duplicados: ningún otro par tiene sus dos textos.</translation>
    </message>
</context>
<context>
    <name>entail::DuplicatesDialog</name>
    <message>
        <location filename="../ui/duplicates/duplicatesdialog.cpp" line="+36"/>
        <source>Duplicates of pair %1</source>
        <translation>Duplicados del par %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n pair(s) have the same two texts once case, links, @mentions and spacing are set aside (the images may differ). Labels: %1. Click a pair to show it.</source>
        <translation>
            <numerusform>%n par tiene los mismos dos textos sin contar mayúsculas, enlaces, @menciones y espacios (las imágenes pueden diferir). Etiquetas: %1. Haga clic en un par para mostrarlo.</numerusform>
            <numerusform>%n pares tienen los mismos dos textos sin contar mayúsculas, enlaces, @menciones y espacios (las imágenes pueden diferir). Etiquetas: %1. Haga clic en un par para mostrarlo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pair</source>
        <translation>Par</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Predicted</source>
        <translation>Predicha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Image 1</source>
        <translation>Imagen 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Image 2</source>
        <translation>Imagen 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tweet 1</source>
        <translation>Tuit 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tweet 2</source>
        <translation>Tuit 2</translation>
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
        <translation>el id de tuit «%1» no es un número; las imágenes se nombran solo por id</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only http and https links are fetched, not &quot;%1&quot;</source>
        <translation>solo se descargan enlaces http y https, no «%1»</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+35"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>the server announces %1 bytes, more than the limit of %2</source>
        <translation>el servidor anuncia %1 bytes, más que el límite de %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>more than the limit of %1 bytes</source>
        <translation>más que el límite de %1 bytes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no complete answer within %1 s</source>
        <translation>sin respuesta completa en %1 s</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the transfer broke off after %1 of %2 bytes</source>
        <translation>la transferencia se cortó tras %1 de %2 bytes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a redirect to &quot;%1&quot; is refused: only http and https links are followed</source>
        <translation>se rechaza una redirección a «%1»: solo se siguen enlaces http y https</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>more than %1 redirects</source>
        <translation>más de %1 redirecciones</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>cannot rename %1 to %2</source>
        <translation>no se puede renombrar %1 como %2</translation>
    </message>
</context>
<context>
    <name>entail::FilterBar</name>
    <message>
        <location filename="../ui/pairs/filterbar.cpp" line="+42"/>
        <source>Search both texts, tweet ids or pair numbers</source>
        <translation>Buscar en ambos textos, ids de tuit o números de par</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any label</source>
        <translation>Cualquier etiqueta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlabeled</source>
        <translation>Sin etiqueta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show pairs with this current label</source>
        <translation>Mostrar los pares con esta etiqueta actual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any prediction</source>
        <translation>Cualquier predicción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No prediction</source>
        <translation>Sin predicción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show pairs the model predicts as this label</source>
        <translation>Mostrar los pares para los que el modelo predice esta etiqueta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show pairs of this split</source>
        <translation>Mostrar los pares de esta partición</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Model disagrees</source>
        <translation>El modelo discrepa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only pairs where the prediction differs from the current label</source>
        <translation>Solo los pares cuya predicción difiere de la etiqueta actual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrected</source>
        <translation>Corregidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only pairs whose label was changed after import</source>
        <translation>Solo los pares cuya etiqueta se cambió tras la importación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image missing</source>
        <translation>Falta la imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only pairs with at least one missing image</source>
        <translation>Solo los pares con al menos una imagen ausente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likely label issue</source>
        <translation>Error probable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only pairs whose label is probably wrong (Model › Find label issues)</source>
        <translation>Solo los pares cuya etiqueta probablemente sea errónea (Modelo › Buscar errores de etiqueta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all</source>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear every filter</source>
        <translation>Quitar todos los filtros</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Cannot read the texts</source>
        <translation>Textos ilegibles</translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>%n pair(s)</source>
        <translation>
            <numerusform>%n par</numerusform>
            <numerusform>%n pares</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n pair(s)</source>
        <translation>
            <numerusform>%1 de %n par</numerusform>
            <numerusform>%1 de %n pares</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n to label</source>
        <translation>
            <numerusform>%n por etiquetar</numerusform>
            <numerusform>%n por etiquetar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>all labeled</source>
        <translation>todos etiquetados</translation>
    </message>
</context>
<context>
    <name>entail::FirstRunGuide</name>
    <message>
        <location filename="../ui/help/firstrunguide.cpp" line="+36"/>
        <source>Started without a project, Entail Studio opens its demo project: 600 made-up tweet pairs, a few of them deliberately mislabelled. Try to find them.</source>
        <translation>Si se inicia sin proyecto, Entail Studio abre su proyecto de demostración: 600 pares de tuits inventados, algunos etiquetados mal a propósito. Intente encontrarlos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entail Studio shows the pairs of the open project. To practise on made-up data, choose File › Open the demo project: 600 tweet pairs, a few of them deliberately mislabelled.</source>
        <translation>Entail Studio muestra los pares del proyecto abierto. Para practicar con datos inventados, elija Archivo › Abrir el proyecto de demostración: 600 pares de tuits, algunos mal etiquetados a propósito.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The window</source>
        <translation>La ventana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The table of pairs (top), with search and filters: select a pair to see it.</source>
        <translation>La tabla de pares (arriba), con búsqueda y filtros: seleccione un par para verlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pair (below it): two tweet cards; words that only one of the texts has are highlighted.</source>
        <translation>El par (debajo): dos tarjetas de tuit; las palabras que solo aparecen en uno de los textos están resaltadas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model&apos;s prediction (beside the pair): bars for the full model, for the text alone and for the image alone.</source>
        <translation>La predicción del modelo (junto al par): barras para el modelo completo, solo para el texto y solo para la imagen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Metrics (right): the confusion matrix; click a cell to list only its pairs.</source>
        <translation>Métricas (a la derecha): la matriz de confusión; haga clic en una celda para listar solo sus pares.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train (toolbar): retrains the model in the background; you can keep working meanwhile.</source>
        <translation>Entrenar (barra de herramientas): vuelve a entrenar el modelo en segundo plano; mientras tanto puede seguir trabajando.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>label the pair Contradictory / Implies / NoEntailment</source>
        <translation>etiquetar el par como Contradictorio / Implica / Sin implicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next / previous pair</source>
        <translation>par siguiente / anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next suspect: the next pair whose label is probably wrong</source>
        <translation>siguiente sospechoso: el siguiente par cuya etiqueta probablemente sea errónea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>undo / redo a label change</source>
        <translation>deshacer / rehacer un cambio de etiqueta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all keyboard shortcuts</source>
        <translation>todos los atajos de teclado</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+2"/>
        <source>Welcome to Entail Studio</source>
        <translation>Bienvenido a Entail Studio</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Don&apos;t show this again</source>
        <translation>No volver a mostrar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Getting started</source>
        <translation>&amp;Primeros pasos</translation>
    </message>
</context>
<context>
    <name>entail::FlippedPairsModel</name>
    <message>
        <location filename="../ui/versions/flippedpairsmodel.cpp" line="+130"/>
        <source>train</source>
        <translation>entrenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>validation</source>
        <translation>validación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test</source>
        <translation>prueba</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>now right</source>
        <translation>ahora correcta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>now wrong</source>
        <translation>ahora incorrecta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>still wrong</source>
        <translation>sigue incorrecta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unlabeled</source>
        <translation>sin etiqueta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>First: %1
Second: %2</source>
        <translation>Primero: %1
Segundo: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pair</source>
        <translation>Par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split</source>
        <translation>Partición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effect</source>
        <translation>Efecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First tweet</source>
        <translation>Primer tuit</translation>
    </message>
</context>
<context>
    <name>entail::HistoryPanel</name>
    <message>
        <location filename="../ui/review/historypanel.cpp" line="+59"/>
        <source>The label history of pair %1 is hidden until you label it (blind mode).</source>
        <translation>El historial de etiquetas del par %1 está oculto hasta que lo etiquete (modo ciego).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No pair selected.</source>
        <translation>No hay ningún par seleccionado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pair %1 has no recorded label changes.</source>
        <translation>El par %1 no tiene cambios de etiqueta registrados.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label history of pair %1:</source>
        <translation>Historial de etiquetas del par %1:</translation>
    </message>
</context>
<context>
    <name>entail::ImageFetchDialog</name>
    <message>
        <location filename="../ui/session/imagefetchdialog.cpp" line="+25"/>
        <source>Also try again the images that failed before</source>
        <translation>Reintentar también las imágenes que fallaron antes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save failure list...</source>
        <translation>Guardar lista de fallos...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Get images</source>
        <translation>Obtener imágenes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the images that did not arrive as a CSV: tweet id, source, status, reason, time</source>
        <translation>Guardar como CSV las imágenes que no llegaron: id del tuit, origen, estado, motivo, hora</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Downloads the images of the tweets whose image is missing from the links in the project, into its images folder. The window stays usable meanwhile.</source>
        <translation>Descarga las imágenes que faltan de los tuits desde los enlaces del proyecto a su carpeta de imágenes. Mientras tanto, la ventana sigue utilizable.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking for the images to fetch...</source>
        <translation>Buscando las imágenes que descargar…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelling...</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Downloading the archive: %1 MB received</source>
        <translation>Descargando el archivo comprimido: %1 MB recibidos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 images, %3 MB received</source>
        <translation>%1 de %2 imágenes, %3 MB recibidos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>about %1 left</source>
        <translation>quedan unos %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot fetch the images: %1</source>
        <translation>No se pueden descargar las imágenes: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n image(s) fetched</source>
        <translation>
            <numerusform>%n imagen descargada</numerusform>
            <numerusform>%n imágenes descargadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n already present</source>
        <translation>
            <numerusform>%n ya presente</numerusform>
            <numerusform>%n ya presentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n not found</source>
        <translation>
            <numerusform>%n no encontrada</numerusform>
            <numerusform>%n no encontradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n not an image</source>
        <translation>
            <numerusform>%n no es una imagen</numerusform>
            <numerusform>%n no son imágenes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n too large</source>
        <translation>
            <numerusform>%n demasiado grande</numerusform>
            <numerusform>%n demasiado grandes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n timed out</source>
        <translation>
            <numerusform>%n agotó el tiempo</numerusform>
            <numerusform>%n agotaron el tiempo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n rechazada</numerusform>
            <numerusform>%n rechazadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallida</numerusform>
            <numerusform>%n fallidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n left out (failed before)</source>
        <translation>
            <numerusform>%n omitida (falló antes)</numerusform>
            <numerusform>%n omitidas (fallaron antes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n not in the archive</source>
        <translation>
            <numerusform>%n no está en el archivo comprimido</numerusform>
            <numerusform>%n no están en el archivo comprimido</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n archive entries of no missing image skipped</source>
        <translation>
            <numerusform>%n entrada del archivo comprimido omitida (no es de una imagen ausente)</numerusform>
            <numerusform>%n entradas del archivo comprimido omitidas (no son de imágenes ausentes)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images folder: %1</source>
        <translation>Carpeta de imágenes: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No project is open.</source>
        <translation>No hay ningún proyecto abierto.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save failure list</source>
        <translation>Guardar lista de fallos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Failure list saved as %1</source>
        <translation>Lista de fallos guardada como %1</translation>
    </message>
</context>
<context>
    <name>entail::ImageFetcher</name>
    <message>
        <location filename="../model/fetch/imagefetcher.cpp" line="+73"/>
        <source>%1: the disk is nearly full (%2 MB free); fetching stopped</source>
        <translation>%1: el disco está casi lleno (%2 MB libres); la descarga se detuvo</translation>
    </message>
</context>
<context>
    <name>entail::ImageLabel</name>
    <message>
        <location filename="../ui/review/imagelabel.cpp" line="+23"/>
        <source>Click to zoom</source>
        <translation>Haga clic para ampliar</translation>
    </message>
</context>
<context>
    <name>entail::ImageSourceChooser</name>
    <message>
        <location filename="../ui/session/imagesourcechooser.cpp" line="+12"/>
        <source>From the links in the data</source>
        <translation>Desde los enlaces de los datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From an archive file or URL (.tar.gz, .tar, .zip):</source>
        <translation>Desde un archivo comprimido o URL (.tar.gz, .tar, .zip):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose...</source>
        <translation>Elegir...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tweet_images.tar.gz or https://...</source>
        <translation>tweet_images.tar.gz o https://...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entries named after a tweet id (1234.jpg, 1234.png, ...) in any folder become the tweets&apos; images</source>
        <translation>Las entradas con el nombre de un id de tuit (1234.jpg, 1234.png, ...) en cualquier carpeta pasan a ser las imágenes de los tuits</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose an image archive</source>
        <translation>Elija un archivo comprimido de imágenes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archives (*.tar.gz *.tgz *.tar *.zip);;All files (*)</source>
        <translation>Archivos comprimidos (*.tar.gz *.tgz *.tar *.zip);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>entail::LabelBar</name>
    <message>
        <location filename="../ui/review/labelbar.cpp" line="+29"/>
        <source>Label this pair %1 (key %2)</source>
        <translation>Etiquetar este par como «%1» (tecla %2)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Previous pair (K)</source>
        <translation>Par anterior (K)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Next pair (J)</source>
        <translation>Par siguiente (J)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next suspect</source>
        <translation>Siguiente sospechoso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next pair where the model disagrees with the label, most confident first (N)</source>
        <translation>Siguiente par en el que el modelo discrepa de la etiqueta, los más seguros primero (N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keyboard shortcuts (?)</source>
        <translation>Atajos de teclado (?)</translation>
    </message>
</context>
<context>
    <name>entail::LabelIssueJob</name>
    <message numerus="yes">
        <location filename="../ui/labelissues/labelissuejob.cpp" line="+44"/>
        <source>%1: at least %n labeled pair(s) are needed to find label issues</source>
        <translation>
            <numerusform>%1: se necesita al menos %n par etiquetado para buscar errores de etiqueta</numerusform>
            <numerusform>%1: se necesitan al menos %n pares etiquetados para buscar errores de etiqueta</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entail::LabelIssuePanel</name>
    <message>
        <location filename="../ui/labelissues/labelissuepanel.cpp" line="+19"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Label issues</source>
        <translation>Errores de etiqueta</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Scoring every labeled pair with models that did not train on it...</source>
        <translation>Puntuando cada par etiquetado con modelos que no se entrenaron con él...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not computed yet: find the pairs whose label is probably wrong.</source>
        <translation>Aún sin calcular: busque los pares cuya etiqueta probablemente sea errónea.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n likely label issue(s) among %1 labeled pairs (%2-fold, computed %3).</source>
        <translation>
            <numerusform>%n error de etiqueta probable entre %1 pares etiquetados (%2 pliegues, calculado el %3).</numerusform>
            <numerusform>%n errores de etiqueta probables entre %1 pares etiquetados (%2 pliegues, calculado el %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Computed before the last %n correction(s): find again.</source>
        <translation>
            <numerusform>Calculado antes de %n corrección reciente: vuelva a buscar.</numerusform>
            <numerusform>Calculado antes de %n correcciones recientes: vuelva a buscar.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Computed from other labels than the current ones: find again.</source>
        <translation>Calculado con etiquetas distintas de las actuales: vuelva a buscar.</translation>
    </message>
</context>
<context>
    <name>entail::LabelIssuesFeature</name>
    <message>
        <location filename="../ui/labelissues/labelissuesfeature.cpp" line="+56"/>
        <source>Find &amp;label issues</source>
        <translation>&amp;Buscar errores de etiqueta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score every labeled pair with models that did not train on it and list the labels that are probably wrong (runs in the background)</source>
        <translation>Puntúa cada par etiquetado con modelos que no se entrenaron con él y lista las etiquetas que probablemente son erróneas (se ejecuta en segundo plano)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Accept the suggested label</source>
        <translation>Aceptar la etiqueta su&amp;gerida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pre&amp;vious suspect</source>
        <translation>Sospechoso an&amp;terior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shift+N</source>
        <translation>Shift+N</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous suspect walks the label issues: Model › Find label issues first.</source>
        <translation>Sospechoso anterior recorre los errores de etiqueta: primero Modelo › Buscar errores de etiqueta.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Finding label issues in the background...</source>
        <translation>Buscando errores de etiqueta en segundo plano...</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Finding label issues was cancelled; the earlier scores stay.</source>
        <translation>Se canceló la búsqueda de errores de etiqueta; se mantienen las puntuaciones anteriores.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Found %n likely label issue(s) in %1 s: press N to review them.</source>
        <translation>
            <numerusform>Se encontró %n error de etiqueta probable en %1 s: pulse N para revisarlo.</numerusform>
            <numerusform>Se encontraron %n errores de etiqueta probables en %1 s: pulse N para revisarlos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Label issues</source>
        <translation>Errores de etiqueta</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No likely label issue among the shown pairs.</source>
        <translation>Ningún error de etiqueta probable entre los pares visibles.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Suspect %1 of %2: given %3, probably %4 (quality %5)</source>
        <translation>Sospechoso %1 de %2: etiqueta dada %3, probablemente %4 (calidad %5)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing to accept: no label other than the current one is suggested for this pair.</source>
        <translation>Nada que aceptar: no se sugiere para este par ninguna etiqueta distinta de la actual.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pair %1 is now %2 (saved)</source>
        <translation>Par %1: ahora %2 (guardado)</translation>
    </message>
</context>
<context>
    <name>entail::LanguageMenu</name>
    <message>
        <location filename="../ui/shell/languagemenu.cpp" line="+11"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Applies when Entail Studio starts again</source>
        <translation>Se aplica al volver a iniciar Entail Studio</translation>
    </message>
</context>
<context>
    <name>entail::MainWindow</name>
    <message>
        <location filename="../ui/shell/mainwindowlayout.cpp" line="+78"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="+80"/>
        <source>No project is open.
Use File › Open... or File › New project from CSV...</source>
        <translation>No hay ningún proyecto abierto.
Use Archivo › Abrir… o Archivo › Nuevo proyecto a partir de un CSV…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
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
        <translation>Rehacer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Label as %1</source>
        <translation>Etiquetar como «%1»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Next pair</source>
        <translation>Par &amp;siguiente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>J</source>
        <translation>J</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous pair</source>
        <translation>Par &amp;anterior</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next &amp;suspect</source>
        <translation>Siguiente s&amp;ospechoso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>No shown pair where the model disagrees with the label.</source>
        <translation>Ningún par visible en el que el modelo discrepe de la etiqueta.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Suspects need predictions: load a model first.</source>
        <translation>Los sospechosos necesitan predicciones: cargue primero un modelo.</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>&amp;Find...</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;all pairs</source>
        <translation>Mostrar &amp;todos los pares</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Predict all pairs</source>
        <translation>&amp;Predecir todos los pares</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel prediction</source>
        <translation>&amp;Cancelar la predicción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindowmenus.cpp" line="+31"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Label</source>
        <translation>&amp;Etiqueta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Move to the next pair after labelling</source>
        <translation>&amp;Pasar al siguiente par tras etiquetar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Model</source>
        <translation>&amp;Modelo</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="+25"/>
        <source>Select a pair in the table to see it here.</source>
        <translation>Seleccione un par en la tabla para verlo aquí.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opened %1</source>
        <translation>Abierto %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Undone: %1 (saved)</source>
        <translation>Deshecho: %1 (guardado)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redone: %1 (saved)</source>
        <translation>Rehecho: %1 (guardado)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot load the model</source>
        <translation>No se puede cargar el modelo</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Pairs labeled %1 are skipped: the model never predicts that label, so its disagreement there says nothing about the label.</source>
        <translation>Se omiten los pares etiquetados %1: el modelo nunca predice esa etiqueta, así que su desacuerdo ahí no dice nada de la etiqueta.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No image files were found for this project, so the pairs are shown with text only. The tweets link to their images: download them with Get images.</source>
        <translation>No se encontraron archivos de imagen para este proyecto, así que los pares se muestran solo con texto. Los tuits enlazan sus imágenes: descárguelas con Obtener imágenes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Get images...</source>
        <translation>Obtener imágenes…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The images folder %1 was not found, so the pairs are shown with text only and the model treats the images as missing.</source>
        <translation>No se encontró la carpeta de imágenes %1, así que los pares se muestran solo con texto y el modelo trata las imágenes como ausentes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>Locate images...</source>
        <translation>Localizar imágenes…</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>No image files were found for this project, so the pairs are shown with text only and the model treats the images as missing.</source>
        <translation>No se encontraron archivos de imagen para este proyecto, así que los pares se muestran solo con texto y el modelo trata las imágenes como ausentes.</translation>
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
        <translation>Ocultar este mensaje</translation>
    </message>
</context>
<context>
    <name>entail::MetricsDock</name>
    <message>
        <location filename="../ui/metrics/metricsdock.cpp" line="+19"/>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Accuracy – &amp;nbsp;&amp;nbsp; Macro-F1 –</source>
        <translation>Exactitud – &amp;nbsp;&amp;nbsp; F1 macro –</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>boost %1</source>
        <translation>refuerzo %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Accuracy &lt;b&gt;%1&lt;/b&gt; &amp;nbsp;&amp;nbsp; Macro-F1 &lt;b&gt;%2&lt;/b&gt; &amp;nbsp;&amp;nbsp; &lt;span style=&quot;color:gray&quot;&gt;%n labeled pair(s)&lt;/span&gt;</source>
        <translation>
            <numerusform>Exactitud &lt;b&gt;%1&lt;/b&gt; &amp;nbsp;&amp;nbsp; F1 macro &lt;b&gt;%2&lt;/b&gt; &amp;nbsp;&amp;nbsp; &lt;span style=&quot;color:gray&quot;&gt;%n par etiquetado&lt;/span&gt;</numerusform>
            <numerusform>Exactitud &lt;b&gt;%1&lt;/b&gt; &amp;nbsp;&amp;nbsp; F1 macro &lt;b&gt;%2&lt;/b&gt; &amp;nbsp;&amp;nbsp; &lt;span style=&quot;color:gray&quot;&gt;%n pares etiquetados&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Always answering %1 scores accuracy %2, macro-F1 %3.</source>
        <translation>Responder siempre %1 da exactitud %2, F1 macro %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The model never predicts %1: it misses every such pair, and its disagreement there says nothing about the label.</source>
        <translation>El modelo nunca predice %1: falla en cada uno de esos pares, y su desacuerdo ahí no dice nada de la etiqueta.</translation>
    </message>
</context>
<context>
    <name>entail::ModelVersionsModel</name>
    <message>
        <location filename="../ui/versions/modelversionsmodel.cpp" line="+66"/>
        <source>cross-entropy</source>
        <translation>entropía cruzada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>class-weighted</source>
        <translation>ponderada por clase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>focal</source>
        <translation>focal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>encoders + heads</source>
        <translation>codificadores + cabezas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>heads only</source>
        <translation>solo cabezas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trained</source>
        <translation>Entrenado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best epoch</source>
        <translation>Mejor época</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training pairs</source>
        <translation>Pares de entrenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Val. macro-F1</source>
        <translation>F1 macro (val.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Val. accuracy</source>
        <translation>Exactitud (val.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test macro-F1</source>
        <translation>F1 macro (prueba)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>entail::ModelsPanel</name>
    <message>
        <location filename="../ui/versions/modelspanel.cpp" line="+77"/>
        <source>Co&amp;mpare with active</source>
        <translation>Co&amp;mparar con la activa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Activate</source>
        <translation>&amp;Activar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All pairs</source>
        <translation>Todos los pares</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validation and test pairs</source>
        <translation>Pares de validación y de prueba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which pairs the comparison counts</source>
        <translation>Qué pares cuenta la comparación</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+97"/>
        <source>Select a version and press Compare.</source>
        <translation>Seleccione una versión y pulse Comparar.</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Click a pair to show it</source>
        <translation>Haga clic en un par para mostrarlo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pairs whose predicted label changed (click one to show it):</source>
        <translation>Pares cuya etiqueta predicha cambió (haga clic en uno para mostrarlo):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+185"/>
        <source>Cannot compare: %1</source>
        <translation>No se puede comparar: %1</translation>
    </message>
    <message numerus="yes">
        <location line="-111"/>
        <source>%n pair(s): accuracy %1, macro-F1 %2, weighted F1 %3</source>
        <translation>
            <numerusform>%n par: exactitud %1, F1 macro %2, F1 ponderado %3</numerusform>
            <numerusform>%n pares: exactitud %1, F1 macro %2, F1 ponderado %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Precision</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recall</source>
        <translation>Exhaustividad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Support</source>
        <translation>Soporte</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No model version yet: train one.</source>
        <translation>Aún no hay ninguna versión del modelo: entrene una.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (active)</source>
        <translation> (activa)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created %1</source>
        <translation>Creada el %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> Rare-label boost %1.</source>
        <translation> Refuerzo de etiquetas raras %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loss %1; epochs %2; learning rate %3; batch %4; modality dropout %5; %6; %7.</source>
        <translation>Pérdida %1; épocas %2; tasa de aprendizaje %3; lote %4; dropout de modalidad %5; %6; %7.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>encoders and heads trained</source>
        <translation>codificadores y cabezas entrenados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>heads only</source>
        <translation>solo cabezas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text and images</source>
        <translation>texto e imágenes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>text only</source>
        <translation>solo texto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label snapshot: %1 training, %2 validation, %3 test pairs labeled (digest %4).</source>
        <translation>Instantánea de etiquetas: %1 pares de entrenamiento, %2 de validación y %3 de prueba etiquetados (resumen %4).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Best epoch %1 of %2, trained in %3 s.</source>
        <translation>Mejor época %1 de %2, entrenado en %3 s.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Validation</source>
        <translation>Validación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No metrics were recorded for this version.</source>
        <translation>No se registraron métricas para esta versión.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>There is no active version to compare with.</source>
        <translation>No hay ninguna versión activa con la que comparar.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Predicting all pairs with %1 before comparing…</source>
        <translation>Prediciendo todos los pares con %1 antes de comparar…</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%1 against the active %2 on %n pair(s)</source>
        <translation>
            <numerusform>%1 frente a la activa %2 en %n par</numerusform>
            <numerusform>%1 frente a la activa %2 en %n pares</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>macro-F1 %1 → %2, accuracy %3 → %4 (current labels). </source>
        <translation>F1 macro %1 → %2, exactitud %3 → %4 (etiquetas actuales). </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n prediction(s) flipped: </source>
        <translation>
            <numerusform>%n predicción cambió: </numerusform>
            <numerusform>%n predicciones cambiaron: </numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 now right, %2 now wrong, %3 other.</source>
        <translation>%1 ahora correctas, %2 ahora incorrectas, %3 otras.</translation>
    </message>
</context>
<context>
    <name>entail::NewProjectDialog</name>
    <message>
        <location filename="../ui/session/newprojectdialog.cpp" line="+21"/>
        <source>Browse...</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New project from CSV</source>
        <translation>Nuevo proyecto a partir de un CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a CSV with the columns id_1, text_1, image_1, id_2, text_2, image_2, label. Images are looked up as &amp;lt;tweet id&amp;gt;.&amp;lt;extension&amp;gt; in the images folder; without one, the project opens with text only.</source>
        <translation>Importa un CSV con las columnas id_1, text_1, image_1, id_2, text_2, image_2, label. Las imágenes se buscan como &amp;lt;id del tuit&amp;gt;.&amp;lt;extensión&amp;gt; en la carpeta de imágenes; sin ella, el proyecto se abre solo con texto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV file:</source>
        <translation>Archivo CSV:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the CSV file</source>
        <translation>Elija el archivo CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Images folder:</source>
        <translation>Carpeta de imágenes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the images folder</source>
        <translation>Elija la carpeta de imágenes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save project as:</source>
        <translation>Guardar el proyecto como:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the new project as</source>
        <translation>Guardar el nuevo proyecto como</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entail Studio projects (*.entail)</source>
        <translation>Proyectos de Entail Studio (*.entail)</translation>
    </message>
</context>
<context>
    <name>entail::NoiseMatrixView</name>
    <message>
        <location filename="../ui/labelissues/noisematrixview.cpp" line="+21"/>
        <source>Estimated pairs per given label (rows) and probable true label (columns). Off the diagonal: likely wrong labels. Click a cell to list its pairs.</source>
        <translation>Pares estimados por etiqueta dada (filas) y etiqueta verdadera probable (columnas). Fuera de la diagonal: etiquetas probablemente erróneas. Haga clic en una celda para listar sus pares.</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Given %1, probably %2: about %3 pairs (estimate). Click to list the %n pair(s) scored so.</source>
        <translation>
            <numerusform>Etiqueta dada %1, probablemente %2: unos %3 pares (estimación). Haga clic para listar el %n par puntuado así.</numerusform>
            <numerusform>Etiqueta dada %1, probablemente %2: unos %3 pares (estimación). Haga clic para listar los %n pares puntuados así.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entail::PairFilterProxy</name>
    <message>
        <location filename="../ui/pairs/pairfilterproxy.cpp" line="+111"/>
        <location line="+40"/>
        <source>Sorting %L1 pairs...</source>
        <translation>Ordenando %L1 pares...</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Cannot order the pairs by their texts: %1</source>
        <translation>No se pueden ordenar los pares por sus textos: %1</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Searching %L1 pairs...</source>
        <translation>Buscando en %L1 pares...</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot search the pairs&apos; texts: %1</source>
        <translation>No se pueden buscar los textos de los pares: %1</translation>
    </message>
</context>
<context>
    <name>entail::PairTableModel</name>
    <message>
        <location filename="../ui/pairs/pairtablemodel.cpp" line="+211"/>
        <source>wrong</source>
        <translation>incorrecta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>right</source>
        <translation>correcta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>corrected</source>
        <translation>corregida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>image missing</source>
        <translation>falta la imagen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Pair %1: tweets %2 and %3 (%4 split)</source>
        <translation>Par %1: tuits %2 y %3 (partición de %4)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No prediction: load a model to see one</source>
        <translation>Sin predicción: cargue un modelo para ver una</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model gives %1 a probability of %2%</source>
        <translation>El modelo da a %1 una probabilidad del %2 %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model disagrees with the current label</source>
        <translation>El modelo no está de acuerdo con la etiqueta actual</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Likely label issue: probably %1.</source>
        <translation>Posible error de etiqueta: probablemente %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out-of-fold probability of the current label: %1</source>
        <translation>Probabilidad fuera de pliegue de la etiqueta actual: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pair number in the project</source>
        <translation>Número del par en el proyecto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pair</source>
        <translation>Par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first tweet (text_1)</source>
        <translation>El primer tuit (text_1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tweet 1</source>
        <translation>Tuit 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The second tweet (text_2)</source>
        <translation>El segundo tuit (text_2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tweet 2</source>
        <translation>Tuit 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The label as imported</source>
        <translation>La etiqueta tal como se importó</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The label after your corrections</source>
        <translation>La etiqueta tras sus correcciones</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The loaded model&apos;s prediction</source>
        <translation>La predicción del modelo cargado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Predicted</source>
        <translation>Predicha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model&apos;s probability for its prediction</source>
        <translation>La probabilidad que el modelo da a su predicción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does the prediction match the current label?</source>
        <translation>¿Coincide la predicción con la etiqueta actual?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrected labels, missing images, review states and duplicate texts</source>
        <translation>Etiquetas corregidas, imágenes ausentes, estados de revisión y textos duplicados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How likely the current label is right, from a model that did not train on this pair (low: likely wrong; Model › Find label issues)</source>
        <translation>Probabilidad de que la etiqueta actual sea correcta, según un modelo que no se entrenó con este par (baja: probablemente errónea; Modelo › Buscar errores de etiqueta)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Flags</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <location filename="../ui/pairs/pairtablemodelblind.cpp" line="+17"/>
        <source>hidden</source>
        <translation>oculto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blind mode: hidden until you label this pair (View › Blind mode)</source>
        <translation>Modo ciego: oculto hasta que etiquete este par (Ver › Modo ciego)</translation>
    </message>
    <message>
        <location filename="../ui/pairs/pairtablemodeltexts.cpp" line="+27"/>
        <source>(this text could not be read from the project)</source>
        <translation>(este texto no se pudo leer del proyecto)</translation>
    </message>
</context>
<context>
    <name>entail::PairView</name>
    <message>
        <location filename="../ui/review/pairview.cpp" line="+29"/>
        <source>Tweet 1</source>
        <translation>Tuit 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tweet 2</source>
        <translation>Tuit 2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Select a pair in the table to see it here.</source>
        <translation>Seleccione un par en la tabla para verlo aquí.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This tweet has no image.</source>
        <translation>Este tuit no tiene imagen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Image not available: the project has no images folder.
Use File › Locate images... to choose one.</source>
        <translation>Imagen no disponible: el proyecto no tiene carpeta de imágenes.
Elija una con Archivo › Localizar imágenes…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Image not available: the images folder
%1
does not exist.</source>
        <translation>Imagen no disponible: la carpeta de imágenes
%1
no existe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image not available: no file for tweet %1
in %2.</source>
        <translation>Imagen no disponible: no hay ningún archivo para el tuit %1
en %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;i&gt;hidden until you label it (blind mode)&lt;/i&gt;</source>
        <translation>&lt;i&gt;oculta hasta que lo etiquete (modo ciego)&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Pair %1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; %2 split &amp;nbsp;·&amp;nbsp; label %3</source>
        <translation>&lt;b&gt;Par %1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; partición de %2 &amp;nbsp;·&amp;nbsp; etiqueta %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> &amp;nbsp;&lt;i&gt;(corrected; imported as %1)&lt;/i&gt;</source>
        <translation> &amp;nbsp;&lt;i&gt;(corregida; importada como %1)&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>entail::PredictionPanel</name>
    <message>
        <location filename="../ui/prediction/predictionpanel.cpp" line="+37"/>
        <source>Model prediction</source>
        <translation>Predicción del modelo</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No model is loaded, so there are no predictions yet.
Train one on this project&apos;s labels (it runs in the background, you can keep working) or load a trained model file.</source>
        <translation>No hay ningún modelo cargado, así que aún no hay predicciones.
Entrene uno con las etiquetas de este proyecto (se ejecuta en segundo plano, puede seguir trabajando) o cargue un archivo de modelo entrenado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Train a model...</source>
        <translation>Entrenar un modelo…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load model...</source>
        <translation>Cargar modelo…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Text and image</source>
        <translation>Texto e imagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text only (image masked)</source>
        <translation>Solo texto (imagen oculta)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Image only (text masked)</source>
        <translation>Solo imagen (texto oculto)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Predict all pairs</source>
        <translation>Predecir todos los pares</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the model on every pair of the project, in the background</source>
        <translation>Aplica el modelo a cada par del proyecto, en segundo plano</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+76"/>
        <source>%v of %m pairs</source>
        <translation>%v de %m pares</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Model: %1</source>
        <translation>Modelo: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Predicting...</source>
        <translation>Prediciendo…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Blind mode: the model&apos;s prediction is hidden until you label this pair.</source>
        <translation>Modo ciego: la predicción del modelo está oculta hasta que etiquete este par.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Both images are missing: the call rests on the text alone.</source>
        <translation>Faltan las dos imágenes: la predicción se basa solo en el texto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text alone and image alone lead to the same call.</source>
        <translation>Solo el texto y solo la imagen llevan a la misma decisión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The text alone leads to this call; the image alone does not.</source>
        <translation>Solo el texto lleva a esta decisión; solo la imagen, no.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The image alone leads to this call; the text alone does not.</source>
        <translation>Solo la imagen lleva a esta decisión; solo el texto, no.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only text and image together lead to this call.</source>
        <translation>Solo el texto y la imagen juntos llevan a esta decisión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;The model disagrees with the label (%1).&lt;/b&gt; </source>
        <translation>&lt;b&gt;El modelo no está de acuerdo con la etiqueta (%1).&lt;/b&gt; </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 of %2 pairs</source>
        <translation>%1 de %2 pares</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 pairs, %3 pairs/s, %4 left</source>
        <translation>%1 de %2 pares, %3 pares/s, quedan %4</translation>
    </message>
</context>
<context>
    <name>entail::ProjectActions</name>
    <message>
        <location filename="../ui/session/projectactions.cpp" line="+36"/>
        <source>&amp;New project from CSV...</source>
        <translation>&amp;Nuevo proyecto a partir de un CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open...</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;demo project</source>
        <translation>Abrir el proyecto de &amp;demostración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export labels...</source>
        <translation>&amp;Exportar etiquetas…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;predictions...</source>
        <translation>Exportar &amp;predicciones…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write every pair&apos;s label, prediction and probabilities as CSV</source>
        <translation>Escribir la etiqueta, la predicción y las probabilidades de cada par como CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a &amp;backup...</source>
        <translation>Guardar una &amp;copia de seguridad…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a consistent single-file copy of the project, also while it is in use</source>
        <translation>Escribir una copia coherente del proyecto en un solo archivo, también mientras está en uso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Locate images...</source>
        <translation>&amp;Localizar imágenes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Get images...</source>
        <translation>&amp;Obtener imágenes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download the missing images from the links in the project, in the background</source>
        <translation>Descargar en segundo plano las imágenes que faltan desde los enlaces del proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Load model...</source>
        <translation>&amp;Cargar modelo…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotator &amp;name...</source>
        <translation>Nombre del an&amp;otador…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a CSV file of tweet pairs into a new project</source>
        <translation>Importar un archivo CSV de pares de tuits a un proyecto nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load a trained model file and predict every pair</source>
        <translation>Cargar un archivo de modelo entrenado y predecir cada par</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+178"/>
        <source>Cannot save the backup</source>
        <translation>No se puede guardar la copia de seguridad</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>Saved a backup to %1</source>
        <translation>Copia de seguridad guardada en %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Images folder %1: found %2 of %3 images.</source>
        <translation>Carpeta de imágenes %1: se encontraron %2 de %3 imágenes.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot export the labels</source>
        <translation>No se pueden exportar las etiquetas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported the labels to %1</source>
        <translation>Etiquetas exportadas a %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the images stay in %1: choose it as the images folder when importing the file</source>
        <translation>las imágenes siguen en %1: elíjala como carpeta de imágenes al importar el archivo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Project not found</source>
        <translation>No se encontró el proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 does not exist any more. Remove it from the list?</source>
        <translation>%1 ya no existe. ¿Quitarlo de la lista?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No recent projects</source>
        <translation>No hay proyectos recientes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear the list</source>
        <translation>Vaciar la lista</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Open a project</source>
        <translation>Abrir un proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+74"/>
        <source>Entail Studio projects (*.entail);;All files (*)</source>
        <translation>Proyectos de Entail Studio (*.entail);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Project exists</source>
        <translation>El proyecto ya existe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 exists already. Open it instead of importing the CSV again?</source>
        <translation>%1 ya existe. ¿Abrirlo en lugar de volver a importar el CSV?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export labels</source>
        <translation>Exportar etiquetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (*.csv);;JSON Lines (*.jsonl)</source>
        <translation>CSV (*.csv);;JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export predictions</source>
        <translation>Exportar predicciones</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot export the predictions</source>
        <translation>No se pueden exportar las predicciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported the predictions to %1</source>
        <translation>Predicciones exportadas a %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save a backup of the project</source>
        <translation>Guardar una copia de seguridad del proyecto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A backup cannot replace the project itself.</source>
        <translation>Una copia de seguridad no puede reemplazar el propio proyecto.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Load a trained model</source>
        <translation>Cargar un modelo entrenado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entail Studio models (*.entailmodel);;All files (*)</source>
        <translation>Modelos de Entail Studio (*.entailmodel);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Locate the images folder</source>
        <translation>Localizar la carpeta de imágenes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Annotator name</source>
        <translation>Nombre del anotador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name, recorded with each label correction:</source>
        <translation>Su nombre, que se registra con cada corrección de etiqueta:</translation>
    </message>
</context>
<context>
    <name>entail::ProjectSession</name>
    <message>
        <location filename="../ui/session/modelfilecopy.cpp" line="+57"/>
        <source>%1: cannot copy the model into %2</source>
        <translation>%1: no se puede copiar el modelo en %2</translation>
    </message>
    <message>
        <location filename="../ui/session/projectsession.cpp" line="+43"/>
        <source>%1: cannot replace the file</source>
        <translation>%1: no se puede reemplazar el archivo</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Opening %1</source>
        <translation>Abriendo %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Importing %1</source>
        <translation>Importando %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opening the demo project</source>
        <translation>Abriendo el proyecto de demostración</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Creating the demo project</source>
        <translation>Creando el proyecto de demostración</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The project&apos;s model %1 could not be loaded: %2</source>
        <translation>No se pudo cargar el modelo %1 del proyecto: %2</translation>
    </message>
    <message>
        <location filename="../ui/session/projectsessionimages.cpp" line="+33"/>
        <source>Looking for images in %1</source>
        <translation>Buscando imágenes en %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot use the images folder</source>
        <translation>No se puede usar la carpeta de imágenes</translation>
    </message>
    <message>
        <location filename="../ui/session/projectsession.cpp" line="+17"/>
        <source>Loading the model %1</source>
        <translation>Cargando el modelo %1</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Exporting to %1</source>
        <translation>Exportando a %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: cannot write the file</source>
        <translation>%1: no se puede escribir el archivo</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Part of the project file was deleted</source>
        <translation>Se ha borrado una parte del archivo del proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was deleted or replaced while the project is open. The project is the file plus this one: corrections made from now on may be lost when the app ends. Save a consistent copy now with File › Save a backup... (or `entail project backup`), then reopen the project.</source>
        <translation>%1 se borró o se reemplazó con el proyecto abierto. El proyecto es el archivo más este: las correcciones hechas a partir de ahora pueden perderse al cerrar la aplicación. Guarde ahora una copia coherente con Archivo › Guardar una copia de seguridad… (o `entail project backup`) y vuelva a abrir el proyecto.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saving a backup to %1</source>
        <translation>Guardando una copia de seguridad en %1</translation>
    </message>
    <message>
        <location filename="../ui/session/projectsessionteam.cpp" line="+21"/>
        <source>The label was not saved</source>
        <translation>La etiqueta no se guardó</translation>
    </message>
</context>
<context>
    <name>entail::ReviewFeature</name>
    <message>
        <location filename="../ui/reviewstate/reviewfeature.cpp" line="+31"/>
        <source>S&amp;kip</source>
        <translation>O&amp;mitir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skip this pair for now (key S)</source>
        <translation>Omitir este par por ahora (tecla S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unsure</source>
        <translation>D&amp;udoso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark this pair as unsure (key U)</source>
        <translation>Marcar este par como dudoso (tecla U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label is &amp;right</source>
        <translation>Etiqueta co&amp;rrecta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm this pair&apos;s label; it holds while the label stays (key R)</source>
        <translation>Confirmar la etiqueta de este par; vale mientras la etiqueta no cambie (tecla R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Comment...</source>
        <translation>&amp;Comentario...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write a comment on this pair</source>
        <translation>Escribir un comentario sobre este par</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>comment</source>
        <translation>comentario</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Show pairs with this review state</source>
        <translation>Mostrar los pares con este estado de revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review: any</source>
        <translation>Revisión: todas</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Pair %1 has no label to confirm: label it first.</source>
        <translation>El par %1 no tiene etiqueta que confirmar: etiquételo primero.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pair %1: %2 (saved)</source>
        <translation>Par %1: %2 (guardado)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Pair %1: comment saved</source>
        <translation>Par %1: comentario guardado</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cannot save the review</source>
        <translation>No se puede guardar la revisión</translation>
    </message>
</context>
<context>
    <name>entail::ServerProjectDialog</name>
    <message>
        <location filename="../ui/team/serverprojectdialog.cpp" line="+20"/>
        <source>Open server project</source>
        <translation>Abrir proyecto de servidor</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(the client&apos;s default)</source>
        <translation>(la opción del cliente)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database:</source>
        <translation>Base de datos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project:</source>
        <translation>Proyecto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSL mode:</source>
        <translation>Modo SSL:</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>User, database and project are needed.</source>
        <translation>Se necesitan usuario, base de datos y proyecto.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Server password</source>
        <translation>Contraseña del servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

Password for %2 (kept only while the program runs):</source>
        <translation>%1

Contraseña de %2 (se conserva solo mientras se ejecuta el programa):</translation>
    </message>
</context>
<context>
    <name>entail::ShortcutsDialog</name>
    <message>
        <location filename="../ui/help/shortcutsdialog.cpp" line="+12"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Up / Down</source>
        <translation>Arriba / Abajo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous / next pair (in the table)</source>
        <translation>Par anterior / siguiente (en la tabla)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc / Enter / Down</source>
        <translation>Esc / Intro / Abajo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leave the search box for the table</source>
        <translation>Dejar el cuadro de búsqueda e ir a la tabla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click a matrix cell</source>
        <translation>Clic en una celda de la matriz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>List the pairs of that cell</source>
        <translation>Listar los pares de esa celda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;Keys work everywhere except while typing in the search box.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Las teclas funcionan en todas partes, salvo mientras se escribe en el cuadro de búsqueda.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>entail::TeamFeature</name>
    <message>
        <location filename="../ui/team/teamfeature.cpp" line="+34"/>
        <source>Open &amp;server project...</source>
        <translation>Abrir proyecto de &amp;servidor...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Adjudicate disagreements...</source>
        <translation>&amp;Arbitrar desacuerdos...</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Reading the annotators&apos; labels</source>
        <translation>Leyendo las etiquetas de los anotadores</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>%1: %n pair(s)</source>
        <translation>
            <numerusform>%1: %n par</numerusform>
            <numerusform>%1: %n pares</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Connecting to %1</source>
        <translation>Conectando con %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The server asks for a password.</source>
        <translation>El servidor solicita una contraseña.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wrong password.</source>
        <translation>Contraseña incorrecta.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot open the project</source>
        <translation>No se puede abrir el proyecto</translation>
    </message>
</context>
<context>
    <name>entail::TeamWork</name>
    <message>
        <location filename="../ui/team/teamwork.cpp" line="+34"/>
        <source>&amp;Blind mode</source>
        <translation>Modo &amp;ciego</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Team mode: hide the pair&apos;s labels, the original label and the model&apos;s prediction until you have labelled it</source>
        <translation>Modo equipo: ocultar las etiquetas del par, la etiqueta original y la predicción del modelo hasta que lo haya etiquetado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep every annotator&apos;s label (team mode)</source>
        <translation>&amp;Guardar la etiqueta de cada anotador (modo equipo)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each label you set is yours, beside the other annotators&apos;; the pair&apos;s label follows the team&apos;s rule (adjudication, agreement, majority)</source>
        <translation>Cada etiqueta que pone es suya, junto a las de los demás anotadores; la etiqueta del par sigue la regla del equipo (arbitraje, acuerdo, mayoría)</translation>
    </message>
    <message>
        <source>Team mode: show the pairs in my queue, or with this state by the team&apos;s rule</source>
        <translation type="vanished">Modo equipo: mostrar los pares de mi cola, o con este estado según la regla del equipo</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Team mode: show the pairs in my queue, those assigned to me, or those with this state by the team&apos;s rule</source>
        <translation>Modo equipo: mostrar los pares de mi cola, los asignados a mí o los que tienen este estado según la regla del equipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team: any</source>
        <translation>Equipo: todos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My queue</source>
        <translation>Mi cola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to me</source>
        <translation>Asignados a mí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs more labels</source>
        <translation>Necesita más etiquetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Majority</source>
        <translation>Mayoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disagreement</source>
        <translation>Desacuerdo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjudicated</source>
        <translation>Arbitrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No annotator label</source>
        <translation>Sin etiqueta de anotador</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Blind mode: a pair&apos;s labels and prediction show once you have labelled it</source>
        <translation>Modo ciego: las etiquetas y la predicción de un par aparecen cuando lo haya etiquetado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blind mode is off</source>
        <translation>El modo ciego está desactivado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Team mode was not changed: %1</source>
        <translation>El modo equipo no se cambió: %1</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Team mode: reading the labels...</source>
        <translation>Modo equipo: leyendo las etiquetas...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 labelled by me · %3 of %2 done by the team</source>
        <translation>%1 de %2 etiquetados por mí · %3 de %2 terminados por el equipo</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Labelling as %1. The team is done with a pair once it has %n label(s) or a reviewer&apos;s decision.</source>
        <translation>
            <numerusform>Etiqueta como %1. El equipo termina un par cuando tiene %n etiqueta o la decisión de un revisor.</numerusform>
            <numerusform>Etiqueta como %1. El equipo termina un par cuando tiene %n etiquetas o la decisión de un revisor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>team: %n label(s)</source>
        <translation>
            <numerusform>equipo: %n etiqueta</numerusform>
            <numerusform>equipo: %n etiquetas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>team: %1 of %2 labels</source>
        <translation>equipo: %1 de %2 etiquetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team: agreed</source>
        <translation>equipo: acuerdo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team: majority</source>
        <translation>equipo: mayoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team: disagreement</source>
        <translation>equipo: desacuerdo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team: adjudicated</source>
        <translation>equipo: arbitrado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your label: %1</source>
        <translation>Su etiqueta: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have not labelled this pair yet</source>
        <translation>Aún no ha etiquetado este par</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assigned to you</source>
        <translation>Asignado a ti</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Others (as last read): %1</source>
        <translation>Otros (según la última lectura): %1</translation>
    </message>
</context>
<context>
    <name>entail::TrainDialog</name>
    <message>
        <location filename="../ui/training/traindialog.cpp" line="+33"/>
        <source>Train a new model version</source>
        <translation>Entrenar una nueva versión del modelo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cross-entropy</source>
        <translation>Entropía cruzada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class-weighted cross-entropy</source>
        <translation>Entropía cruzada ponderada por clase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focal loss</source>
        <translation>Pérdida focal</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Heads only, on cached encoder embeddings (fast)</source>
        <translation>Solo las cabezas, con los embeddings de los codificadores en caché (rápido)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encoders and heads (slower, can learn more)</source>
        <translation>Codificadores y cabezas (más lento, puede aprender más)</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Probability of hiding the text or the image of a training pair, so that the model also copes with one modality.</source>
        <translation>Probabilidad de ocultar el texto o la imagen de un par de entrenamiento, para que el modelo también se las arregle con una sola modalidad.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moves the decisions towards the rare labels: 0 keeps the learned probabilities, 1 divides them by each label&apos;s share of the training pairs. More recall for rare labels, less accuracy. Not used with the class-weighted loss, which has its own correction.</source>
        <translation>Inclina las decisiones hacia las etiquetas raras: 0 mantiene las probabilidades aprendidas, 1 las divide por la proporción de cada etiqueta en los pares de entrenamiento. Más exhaustividad para las etiquetas raras, menos exactitud. No se usa con la pérdida ponderada por clase, que tiene su propia corrección.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+154"/>
        <source>Use the images (otherwise text only)</source>
        <translation>Usar las imágenes (si no, solo texto)</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>Start from the active model (fine-tune)</source>
        <translation>Partir del modelo activo (ajuste fino)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activate the new version when training finishes</source>
        <translation>Activar la nueva versión al terminar el entrenamiento</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Loss:</source>
        <translation>&amp;Pérdida:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Epochs:</source>
        <translation>É&amp;pocas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning &amp;rate:</source>
        <translation>Tasa de ap&amp;rendizaje:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Batch size:</source>
        <translation>Tamaño del &amp;lote:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Modality dropout:</source>
        <translation>Dropout de &amp;modalidad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rare-label &amp;boost:</source>
        <translation>&amp;Refuerzo de etiquetas raras:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What trains</source>
        <translation>Qué se entrena</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Train</source>
        <translation>&amp;Entrenar</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>Trains on the current labels of the training split: %n labeled pair(s). </source>
        <translation>
            <numerusform>Entrena con las etiquetas actuales de la partición de entrenamiento: %n par etiquetado. </numerusform>
            <numerusform>Entrena con las etiquetas actuales de la partición de entrenamiento: %n pares etiquetados. </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Early stopping uses %n validation pair(s); </source>
        <translation>
            <numerusform>La parada temprana usa %n par de validación; </numerusform>
            <numerusform>La parada temprana usa %n pares de validación; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n test pair(s) are reported. </source>
        <translation>
            <numerusform>se informa de %n par de prueba. </numerusform>
            <numerusform>se informa de %n pares de prueba. </numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The labels are copied when training starts: corrections made meanwhile count in the next run.</source>
        <translation>Las etiquetas se copian al empezar el entrenamiento: las correcciones que se hagan mientras tanto cuentan en la siguiente ejecución.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Expected duration: no estimate yet. Each run measures its time per batch on this computer; the next run with these options is estimated from it.</source>
        <translation>Duración prevista: aún sin estimación. Cada entrenamiento mide su tiempo por lote en este ordenador; el siguiente con estas opciones se estima a partir de él.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>under %1 s</source>
        <translation>menos de %1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about %1 s</source>
        <translation>unos %1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about %1 min</source>
        <translation>unos %1 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>measured on this computer in run %1: %2 ms per batch of %3 pairs</source>
        <translation>medido en este ordenador en el entrenamiento %1: %2 ms por lote de %3 pares</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Expected duration: %1 if training stops early after %n epoch(s) as run %2 did, at most %3 (%4).</source>
        <translation>
            <numerusform>Duración prevista: %1 si el entrenamiento se detiene antes tras %n época como el entrenamiento %2, como máximo %3 (%4).</numerusform>
            <numerusform>Duración prevista: %1 si el entrenamiento se detiene antes tras %n épocas como el entrenamiento %2, como máximo %3 (%4).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Expected duration: %1 for %n epoch(s) (%2). Early stopping can end it sooner.</source>
        <translation>
            <numerusform>Duración prevista: %1 para %n época (%2). La parada temprana puede terminarlo antes.</numerusform>
            <numerusform>Duración prevista: %1 para %n épocas (%2). La parada temprana puede terminarlo antes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Use the images: none of this project&apos;s images was found, so the text only</source>
        <translation>Usar las imágenes: no se encontró ninguna imagen de este proyecto, así que solo el texto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File › Locate images... points the project at its images folder.</source>
        <translation>Archivo › Localizar imágenes… indica al proyecto su carpeta de imágenes.</translation>
    </message>
</context>
<context>
    <name>entail::TrainingController</name>
    <message>
        <location filename="../ui/training/trainingcontroller.cpp" line="+52"/>
        <source>A training run is already active.</source>
        <translation>Ya hay un entrenamiento en curso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No project is open.</source>
        <translation>No hay ningún proyecto abierto.</translation>
    </message>
</context>
<context>
    <name>entail::TrainingFeature</name>
    <message>
        <location filename="../ui/training/trainingfeature.cpp" line="+36"/>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Train…</source>
        <translation>&amp;Entrenar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Train a new model version on the current labels</source>
        <translation>Entrenar una nueva versión del modelo con las etiquetas actuales</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Version %1 trained; predicting all pairs with it…</source>
        <translation>Versión %1 entrenada; prediciendo todos los pares con ella…</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Training failed: %1</source>
        <translation>El entrenamiento falló: %1</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel training</source>
        <translation>&amp;Cancelar entrenamiento</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Training cancelled</source>
        <translation>Entrenamiento cancelado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Predicting with %1: %2 of %3 pairs</source>
        <translation>Prediciendo con %1: %2 de %3 pares</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Version %1 is now active.</source>
        <translation>La versión %1 es ahora la activa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version %1 is now active</source>
        <translation>La versión %1 es ahora la activa</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cannot train</source>
        <translation>No se puede entrenar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Training in progress</source>
        <translation>Entrenamiento en curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version %1 is still training. Cancel the training and close?</source>
        <translation>La versión %1 aún se está entrenando. ¿Cancelar el entrenamiento y cerrar?</translation>
    </message>
</context>
<context>
    <name>entail::TrainingPanel</name>
    <message>
        <location filename="../ui/training/trainingpanel.cpp" line="+62"/>
        <source>No training run yet. Use Train to start one.</source>
        <translation>Aún no hay ningún entrenamiento. Use Entrenar para iniciar uno.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Cancel training</source>
        <translation>&amp;Cancelar entrenamiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stops the run after the current batch (Esc). No version is created.</source>
        <translation>Detiene la ejecución tras el lote actual (Esc). No se crea ninguna versión.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Training loss per batch</source>
        <translation>Pérdida de entrenamiento por lote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training loss</source>
        <translation>Pérdida de entrenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Validation per epoch</source>
        <translation>Validación por época</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validation loss</source>
        <translation>Pérdida de validación</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Macro-F1</source>
        <translation>F1 macro</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Epoch</source>
        <translation>Época</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Training %1: epoch %2/%3, batch %4/%5, loss %6, elapsed %7, about %8 left</source>
        <translation>Entrenando %1: época %2/%3, lote %4/%5, pérdida %6, transcurrido %7, quedan unos %8</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 epoch %2: training loss %3, validation loss %4, macro-F1 %5, accuracy %6; epoch time %7, about %8 left</source>
        <translation>%1 época %2: pérdida de entrenamiento %3, pérdida de validación %4, F1 macro %5, exactitud %6; tiempo por época %7, quedan unos %8</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Temperature %1 fitted on the validation split: NLL %2 → %3, ECE %4 → %5.</source>
        <translation>Temperatura %1 ajustada en la partición de validación: NLL %2 → %3, ECE %4 → %5.</translation>
    </message>
    <message>
        <location line="-250"/>
        <source>Log of the training runs</source>
        <translation>Registro de los entrenamientos</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Training %1 failed: %2</source>
        <translation>El entrenamiento %1 falló: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training %1 cancelled: no version was created.</source>
        <translation>Entrenamiento %1 cancelado: no se creó ninguna versión.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelling %1 after the current batch…</source>
        <translation>Cancelando %1 tras el lote actual…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Training %1: preparing…</source>
        <translation>Entrenamiento %1: preparando…</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Run %1 started: %2 loss, %3, %n labeled training pair(s) (label snapshot).</source>
        <translation>
            <numerusform>Ejecución %1 iniciada: pérdida %2, %3, %n par de entrenamiento etiquetado (instantánea de etiquetas).</numerusform>
            <numerusform>Ejecución %1 iniciada: pérdida %2, %3, %n pares de entrenamiento etiquetados (instantánea de etiquetas).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>encoders and heads</source>
        <translation>codificadores y cabezas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>heads only</source>
        <translation>solo cabezas</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Version %1 saved in %2 (best epoch %3, validation macro-F1 %4).</source>
        <translation>Versión %1 guardada en %2 (mejor época %3, F1 macro de validación %4).</translation>
    </message>
</context>
<context>
    <name>entail::TweetCard</name>
    <message>
        <location filename="../ui/review/tweetcard.cpp" line="+34"/>
        <source>Open the image&apos;s address in the browser</source>
        <translation>Abrir la dirección de la imagen en el navegador</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;&lt;span style=&quot;color:gray&quot;&gt;id %2&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;&lt;span style=&quot;color:gray&quot;&gt;id %2&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show the whole text (%L1 characters)</source>
        <translation>Mostrar el texto completo (%L1 caracteres)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading image...</source>
        <translation>Cargando imagen…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The image could not be read:
%1</source>
        <translation>No se pudo leer la imagen:
%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, id %2: the whole text</source>
        <translation>%1, id %2: el texto completo</translation>
    </message>
</context>
<context>
    <name>entail::UncertaintyWalk</name>
    <message>
        <location filename="../ui/pairs/uncertaintywalk.cpp" line="+19"/>
        <source>Next &amp;uncertain</source>
        <translation>Siguiente &amp;incierto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The unlabeled pair the model is least sure of (after the one on screen): label those first, the model learns most from them</source>
        <translation>El par sin etiqueta del que el modelo está menos seguro (tras el de la pantalla): etiquete primero esos, el modelo aprende más de ellos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order uncertain pairs by &amp;entropy</source>
        <translation>Ordenar inciertos por &amp;entropía</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next uncertain: by the entropy of the three probabilities instead of the margin between the two most probable labels</source>
        <translation>Siguiente incierto: por la entropía de las tres probabilidades en lugar del margen entre las dos etiquetas más probables</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Uncertain pairs need predictions: load a model first.</source>
        <translation>Los pares inciertos necesitan predicciones: cargue primero un modelo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No shown unlabeled pair has a prediction.</source>
        <translation>Ningún par visible sin etiqueta tiene predicción.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Uncertain %1 of %2</source>
        <translation>Incierto %1 de %2</translation>
    </message>
</context>
</TS>
