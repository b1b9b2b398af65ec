#include "app/commands.h"

#include <cstdio>

namespace entail::cli {

namespace {
std::vector<Command> &registry()
{
    static std::vector<Command> all;
    return all;
}
}  // namespace

Registration::Registration(Command command) { registry().push_back(std::move(command)); }

const std::vector<Command> &commands() { return registry(); }

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

}  // namespace entail::cli
