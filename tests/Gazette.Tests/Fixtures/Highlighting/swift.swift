#if os(iOS)
import UIKit
#else
import Foundation
#endif

/// A simple model.
@available(iOS 15, *)
public struct Article: Codable, Identifiable {
    let id: UUID
    var title: String
    private(set) var views = 0
    internal(get) var bad = 1
    unowned(unsafe) let owner: AnyObject
    weak var delegate: ArticleDelegate?

    mutating func bump(by amount: Int = 1) -> Int {
        views += amount
        return views
    }
}

enum Result<T> {
    case success(T)
    case failure(Error)
}

final class Loader {
    private let session = URLSession.shared
    lazy var cache: [String: Data] = [:]

    func load(_ url: URL) async throws -> Data {
        guard let (data, response) = try? await session.data(from: url) else {
            throw URLError(.badServerResponse)
        }
        let count = 1_000_000 + 0x1F + 0o17 + 0b1010 + 3.14 + 1e10
        print("Loaded \(data.count) bytes from \(url.absoluteString) at \(Date())")
        let (a, b) = (1, (2, 3))
        defer { print("done") }
        /* nested /* comment */ still comment */
        if let http = response as? HTTPURLResponse, http.statusCode == 200 {
            return data
        }
        let sorted = [3, 1, 2].sorted { $0 < $1 }
        let c: Character = "x"
        let ch = 'y'
        let sel = #selector(Loader.load(_:))
        let `class` = "reserved"
        return Data()
    }
}
