import XCTest
@testable import IMRKit

final class CoreStartTests: XCTestCase {
    private var folder = ParticipantFolder()

    override func setUpWithError() throws {
        folder = ParticipantFolder()
        try folder.create()
    }

    override func tearDown() {
        folder.remove()
    }

    func testAFirstStartCreatesTheKeyOnceAndOpensTheStore() async throws {
        let vault = MemoryVault()
        let path = folder.database.path
        let keys = DatabaseKey(vault: vault) { FileManager.default.fileExists(atPath: path) }
        guard case let .ready(kit) = await CoreStart.open(path: path, keys: keys) else {
            return XCTFail("the store did not open")
        }
        try await kit.close()
        guard case let .ready(again) = await CoreStart.open(path: path, keys: keys) else {
            return XCTFail("the store did not open again with the same key")
        }
        try await again.close()
        XCTAssertEqual(vault.adds, 1)
        XCTAssertEqual(vault.key?.count, 32)
    }

    func testALostKeychainEntryLeadsToTheRestoreScreenAndNoNewKey() async throws {
        let vault = MemoryVault()
        let path = folder.database.path
        let keys = DatabaseKey(vault: vault) { FileManager.default.fileExists(atPath: path) }
        guard case let .ready(kit) = await CoreStart.open(path: path, keys: keys) else {
            return XCTFail("the store did not open")
        }
        try await kit.close()
        vault.key = nil
        guard case .needsRestore(.KeyLost) = await CoreStart.open(path: path, keys: keys) else {
            return XCTFail("a lost key must lead to the restore screen")
        }
        XCTAssertNil(vault.key)
    }

    func testALockedPhoneIsToldToTryLater() async {
        let vault = MemoryVault()
        vault.locked = true
        let keys = DatabaseKey(vault: vault) { false }
        guard case .tryLater(.KeyUnavailable) = await CoreStart.open(path: folder.database.path, keys: keys) else {
            return XCTFail("a locked Keychain must be retried later")
        }
    }

    func testAnotherKeyForAnExistingStoreLeadsToTheRestoreScreen() async throws {
        guard case let .ready(kit) = await CoreStart.open(path: folder.database.path, keys: FixedKey(1)) else {
            return XCTFail("the store did not open")
        }
        try await kit.close()
        guard case .needsRestore(.WrongKey) = await CoreStart.open(path: folder.database.path, keys: FixedKey(2)) else {
            return XCTFail("a wrong key must lead to the restore screen")
        }
    }
}
