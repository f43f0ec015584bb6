// Runs files through a fuzz target's LLVMFuzzerTestOneInput without libFuzzer. The ordinary build links it with
// each target (fuzz_replay_<name>), and CTest runs it over the target's seed corpus and saved crashes, so that
// every input that once crashed stays a regression test in scripts/test, with or without sanitizers.
//
// Usage: fuzz_replay_<name> PATH...   (files, or folders whose files are replayed in name order)

#include "FuzzSupport.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

std::vector<fs::path> inputsIn(const fs::path& path)
{
    if (!fs::is_directory(path))
        return { path };
    std::vector<fs::path> files;
    for (const fs::directory_entry& entry : fs::directory_iterator(path)) {
        if (entry.is_regular_file())
            files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::cerr << "usage: " << argv[0] << " FILE-OR-FOLDER...\n";
        return 2;
    }
    int replayed = 0;
    for (int i = 1; i < argc; ++i) {
        const fs::path path(argv[i]);
        if (!fs::exists(path)) {
            std::cerr << path.string() << ": no such file or folder\n";
            return 2;
        }
        for (const fs::path& file : inputsIn(path)) {
            std::ifstream in(file, std::ios::binary);
            const std::vector<char> content{ std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>() };
            if (!in.good() && !in.eof()) {
                std::cerr << file.string() << ": cannot be read\n";
                return 2;
            }
            // Named before it runs: when it crashes, the last line names the input.
            std::cout << "replaying " << file.string() << " (" << content.size() << " bytes)" << std::endl;
            LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(content.data()), content.size());
            ++replayed;
        }
    }
    if (replayed == 0) {
        std::cerr << "no inputs to replay\n";
        return 2;
    }
    std::cout << replayed << " inputs replayed, no crash\n";
    return 0;
}
