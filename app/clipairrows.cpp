#include "app/clipairrows.h"

#include "app/commands.h"
#include "model/core/safefile.h"
#include "model/data/csv.h"
#include "model/store/store.h"

#include <QCoreApplication>
#include <QHash>

namespace entail::cli {

namespace {

class PairRows {
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static constexpr qint64 kMaxFile = SafeFile::kGigabyte;

    static bool read(const QString &file, const ProjectStore &store, const QString &column, bool optional,
                     std::vector<PairRow> *rows)
    {
        QByteArray data;
        QString reason;
        std::vector<CsvRecord> records;
        InputError error;
        if (!SafeFile::readAll(file, kMaxFile, &data, &reason)) {
            err() << file << ": " << reason << "\n";
            return false;
        }
        if (!CsvReader::parse(data, file, &records, &error)) {
            err() << error.toString() << "\n";
            return false;
        }
        const QStringList header = records.front().fields;
        const int c1 = int(header.indexOf(QStringLiteral("id_1"))), c2 = int(header.indexOf(QStringLiteral("id_2"))),
                  cv = int(header.indexOf(column));
        if (c1 < 0 || c2 < 0 || (cv < 0 && !optional)) {
            err() << tr("%1:1: the header needs the columns id_1, id_2 and %2").arg(file, column) << "\n";
            return false;
        }
        QHash<QString, qint64> keys;
        for (const Pair &p : store.dataset().pairs)
            keys.insert(p.first.id + QLatin1Char('\n') + p.second.id, p.key);
        for (size_t i = 1; i < records.size(); ++i) {
            const CsvRecord &r = records[i];
            if (r.fields.size() != header.size()) {
                err() << tr("%1:%2: %3 fields, the header has %4").arg(file).arg(r.line).arg(r.fields.size()).arg(header.size()) << "\n";
                return false;
            }
            const qint64 key = keys.value(r.fields[c1] + QLatin1Char('\n') + r.fields[c2], 0);
            if (key == 0) {
                err() << tr("%1:%2: no pair %3 / %4 in the project").arg(file).arg(r.line).arg(r.fields[c1], r.fields[c2]) << "\n";
                return false;
            }
            rows->push_back({r.line, key, cv >= 0 ? r.fields[cv] : QString()});
        }
        return true;
    }
};

}  // namespace

bool readPairRows(const QString &file, const ProjectStore &store, const QString &column, bool columnOptional,
                  std::vector<PairRow> *rows)
{
    return PairRows::read(file, store, column, columnOptional, rows);
}

}  // namespace entail::cli
