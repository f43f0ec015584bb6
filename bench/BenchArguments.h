#pragma once

#include <QString>
#include <QStringList>

#include <stdexcept>

namespace peerdesk::bench {

// The benchmark programs' own options ("--name value"), read after Google Benchmark has taken its own flags out
// of argv. Unknown options are an error, so a mistyped flag cannot silently measure the wrong thing.
class BenchArguments
{
public:
    BenchArguments(int argc, char** argv, const QStringList& known)
    {
        for (int i = 1; i < argc; ++i) {
            const QString name = QString::fromLocal8Bit(argv[i]);
            if (!name.startsWith(QLatin1String("--")) || !known.contains(name.mid(2)) || i + 1 >= argc)
                throw std::invalid_argument("unknown or incomplete option " + name.toStdString());
            m_names.append(name.mid(2));
            m_values.append(QString::fromLocal8Bit(argv[++i]));
        }
    }

    QString value(const QString& name, const QString& fallback = {}) const
    {
        const auto index = m_names.indexOf(name);
        return index < 0 ? fallback : m_values.at(index);
    }

    QString required(const QString& name) const
    {
        const QString found = value(name);
        if (found.isEmpty())
            throw std::invalid_argument("missing --" + name.toStdString());
        return found;
    }

private:
    QStringList m_names;
    QStringList m_values;
};

} // namespace peerdesk::bench
