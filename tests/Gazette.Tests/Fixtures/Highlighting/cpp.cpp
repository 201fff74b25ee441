#include <iostream>
#include <string>
#include <vector>

namespace gazette {

template <typename T>
class Cache final : public Base<T> {
public:
    explicit Cache(std::size_t capacity) : capacity_{capacity} {}
    virtual ~Cache() = default;

    [[nodiscard]] bool contains(const std::string& key) const noexcept {
        return index_.find(key) != index_.end();
    }

    auto operator<=>(const Cache&) const = default;

private:
    std::size_t capacity_ = 1'000'000;
    std::vector<T> items_;
};

}  // namespace gazette

int main() {
    using namespace std::chrono_literals;
    auto delay = 250ms;
    gazette::Cache<int> cache{0x10};
    const char* raw = R"(C:\path\to "file")";
    for (auto& item : {1, 2, 3}) { std::cout << item << '\n'; }
    if (cache.contains("post") && delay > 0ms) return 1;
    return nullptr == raw ? -1 : 0;
}
