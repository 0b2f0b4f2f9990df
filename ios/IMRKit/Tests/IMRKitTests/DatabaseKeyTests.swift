import XCTest
@testable import IMRKit

final class DatabaseKeyTests: XCTestCase {
    func testTheKeyIsGeneratedOnceAndHandedOutUnchanged() throws {
        let vault = MemoryVault()
        let database = DatabaseFlag()
        let keys = DatabaseKey(vault: vault) { database.exists }
        let first = try keys.databaseKey()
        database.exists = true
        let second = try keys.databaseKey()
        XCTAssertEqual(first.count, 32)
        XCTAssertEqual(first, second)
        XCTAssertEqual(vault.adds, 1)
    }

    func testAMissingKeyBesideAnExistingDatabaseIsLostAndNotReplaced() {
        let vault = MemoryVault()
        let keys = DatabaseKey(vault: vault) { true }
        XCTAssertThrowsError(try keys.databaseKey()) { error in
            guard case ApiError.KeyLost = error else { return XCTFail("expected KeyLost, got \(error)") }
        }
        XCTAssertNil(vault.key)
        XCTAssertEqual(vault.adds, 0)
    }

    func testALockedKeychainIsUnavailableNotLost() {
        let vault = MemoryVault()
        vault.locked = true
        let keys = DatabaseKey(vault: vault) { true }
        XCTAssertThrowsError(try keys.databaseKey()) { error in
            guard case ApiError.KeyUnavailable = error else { return XCTFail("expected KeyUnavailable, got \(error)") }
        }
    }
}
