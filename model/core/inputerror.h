#pragma once
#include <QString>

namespace entail {

// A problem with user input, located in a file (line 0 = the file as a whole).
struct InputError {
    QString file;
    int line = 0;
    QString message;

    bool isSet() const { return !message.isEmpty(); }
    // "file:line: message" (or "file: message" when line is 0).
    QString toString() const
    {
        if (line > 0)
            return QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(message);
        return file.isEmpty() ? message : QStringLiteral("%1: %2").arg(file, message);
    }
};

}  // namespace entail
