#include "model/fetch/fetchfailurelist.h"

#include "model/core/outputpath.h"
#include "model/data/csv.h"

#include <algorithm>

namespace entail {

namespace {
bool failed(const ImageFetchRecord &r) { return r.status != QLatin1String("ok"); }
}  // namespace

QByteArray FetchFailureList::csv(const std::vector<ImageFetchRecord> &records)
{
    QByteArray out = CsvWriter::row({QStringLiteral("tweet_id"), QStringLiteral("source"), QStringLiteral("status"),
                                     QStringLiteral("reason"), QStringLiteral("time")});
    for (const ImageFetchRecord &r : records)
        if (failed(r))
            out += CsvWriter::row({r.tweetId, r.url, r.status, r.reason, r.time});
    return out;
}

int FetchFailureList::count(const std::vector<ImageFetchRecord> &records)
{
    return int(std::count_if(records.begin(), records.end(), failed));
}

bool FetchFailureList::write(const QString &path, const std::vector<ImageFetchRecord> &records, QString *error)
{
    return OutputPath::writeAtomically(path, csv(records), error);
}

}  // namespace entail
