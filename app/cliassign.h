#pragma once
// `entail team assign` and `entail team unassign` (cli_assign.cpp), sub-commands of `entail team`
// (cli_team.cpp). `arguments`: "entail team", then "assign" or "unassign", then the options.
#include <QString>
#include <QStringList>

namespace entail::cli {

int teamAssign(const QStringList &arguments);
int teamUnassign(const QStringList &arguments);
QString teamAssignUsage();  // their usage lines

}  // namespace entail::cli
