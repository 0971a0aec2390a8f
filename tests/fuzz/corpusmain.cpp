// SPDX-License-Identifier: GPL-3.0-or-later
// Runs a fuzz target's function over every file of its regression corpus and the test packs,
// without libFuzzer (ordinary and sanitizer test builds). A crash or abort fails the test.
#include <QDirIterator>
#include <QFile>
#include <QTest>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

class TestFuzzCorpus : public QObject
{
    Q_OBJECT
private slots:
    void everyInput_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList roots = QString::fromUtf8(FIGDECK_FUZZ_CORPUS).split(QLatin1Char('|'));
        int count = 0;
        for (const QString &root : roots) {
            QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                QTest::newRow(qPrintable(path)) << path;
                ++count;
            }
        }
        QVERIFY2(count > 0, "no corpus files found");
    }
    void everyInput()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
        const QByteArray bytes = file.readAll();
        QCOMPARE(LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()),
                                        size_t(bytes.size())),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestFuzzCorpus)
#include "corpusmain.moc"
