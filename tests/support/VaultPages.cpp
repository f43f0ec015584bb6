#include "VaultPages.h"

#include "CatchCompat.h"

#include <QDir>
#include <QFile>

#include <openssl/evp.h>

namespace peerdesk::test {

namespace {

constexpr int PageSize = 4096;
constexpr int Reserve = 80;
constexpr int SaltSize = 16;

} // namespace

QByteArray decryptPages(const QByteArray& file, const SecureBuffer& key)
{
    QByteArray plain;
    for (qsizetype offset = 0; offset + PageSize <= file.size(); offset += PageSize) {
        const int skip = offset == 0 ? SaltSize : 0;
        const QByteArray page = file.mid(offset, PageSize);
        const QByteArray iv = page.mid(PageSize - Reserve, 16);
        const QByteArray cipherText = page.mid(skip, PageSize - Reserve - skip);
        EVP_CIPHER_CTX* context = EVP_CIPHER_CTX_new();
        REQUIRE(context);
        REQUIRE(EVP_DecryptInit_ex(context, EVP_aes_256_cbc(), nullptr, key.data(),
                                   reinterpret_cast<const unsigned char*>(iv.constData()))
                == 1);
        EVP_CIPHER_CTX_set_padding(context, 0);
        QByteArray out(cipherText.size() + 32, '\0');
        int written = 0;
        int finalWritten = 0;
        REQUIRE(EVP_DecryptUpdate(context, reinterpret_cast<unsigned char*>(out.data()), &written,
                                  reinterpret_cast<const unsigned char*>(cipherText.constData()),
                                  static_cast<int>(cipherText.size()))
                == 1);
        REQUIRE(EVP_DecryptFinal_ex(context, reinterpret_cast<unsigned char*>(out.data()) + written, &finalWritten)
                == 1);
        EVP_CIPHER_CTX_free(context);
        plain.append(out.left(written + finalWritten));
    }
    return plain;
}

QByteArray vaultHaystack(const QString& directory, const SecureBuffer& key)
{
    QByteArray haystack;
    const QDir dir(directory);
    for (const QString& name : dir.entryList(QDir::Files | QDir::Hidden)) {
        QFile file(dir.filePath(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        haystack.append(bytes); // keyring.json as it is; no other file is left once the vault is closed
        if (name == QLatin1String("peerdesk.db"))
            haystack.append(decryptPages(bytes, key));
    }
    return haystack;
}

} // namespace peerdesk::test
