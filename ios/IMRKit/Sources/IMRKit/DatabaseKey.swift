import Foundation
import ImrFfi
import Security

/// Where the 32-byte database key is kept. On the phone this is the Keychain; tests use
/// memory. Reads return nil when there is no key.
public protocol KeyVault: Sendable {
    /// The stored key, or nil when there is none.
    func read() throws -> Data?
    /// Stores a new key; fails if one exists.
    func add(_ key: Data) throws
    /// Removes the key (delete all data).
    func delete() throws
}

/// Why the vault could not answer: the device is locked before the first unlock
/// (retryable), or another Keychain status.
public enum VaultError: Error, Equatable {
    /// Not readable now (errSecInteractionNotAllowed): retry after unlock.
    case locked
    /// Another Keychain status.
    case status(OSStatus)
}

/// The database key in the Keychain as a generic password, readable after the first unlock
/// and never leaving this device (no iCloud Keychain, not in backups restored elsewhere).
/// It is deliberately not protected by Face ID: the app lock is a privacy screen, and a
/// changed face or passcode must never make the participant's data unreadable.
public struct KeychainVault: KeyVault {
    private let service: String
    private let account: String

    /// A vault for one key.
    public init(service: String = "org.imrcompanion.database", account: String = "key") {
        self.service = service
        self.account = account
    }

    private var query: [String: Any] {
        [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: account,
        ]
    }

    public func read() throws -> Data? {
        var search = query
        search[kSecReturnData as String] = true
        search[kSecMatchLimit as String] = kSecMatchLimitOne
        var item: CFTypeRef?
        let status = SecItemCopyMatching(search as CFDictionary, &item)
        switch status {
        case errSecSuccess:
            return item as? Data
        case errSecItemNotFound:
            return nil
        case errSecInteractionNotAllowed:
            throw VaultError.locked
        default:
            throw VaultError.status(status)
        }
    }

    public func add(_ key: Data) throws {
        var item = query
        item[kSecValueData as String] = key
        item[kSecAttrAccessible as String] = kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly
        item[kSecAttrSynchronizable as String] = false
        let status = SecItemAdd(item as CFDictionary, nil)
        if status == errSecInteractionNotAllowed { throw VaultError.locked }
        guard status == errSecSuccess else { throw VaultError.status(status) }
    }

    public func delete() throws {
        let status = SecItemDelete(query as CFDictionary)
        guard status == errSecSuccess || status == errSecItemNotFound else { throw VaultError.status(status) }
    }
}

/// The core's key provider: hands out the vault's key, generating it once on first start.
/// A missing key beside an existing database is reported as `KeyLost` (restore screen) and
/// never silently replaced; a locked Keychain as `KeyUnavailable` (retry).
public final class DatabaseKey: KeyProvider, @unchecked Sendable {
    private let vault: KeyVault
    private let databaseExists: @Sendable () -> Bool
    private let lock = NSLock()

    /// `databaseExists` tells whether a database file is already there.
    public init(vault: KeyVault = KeychainVault(), databaseExists: @escaping @Sendable () -> Bool) {
        self.vault = vault
        self.databaseExists = databaseExists
    }

    public func databaseKey() throws -> Data {
        lock.lock()
        defer { lock.unlock() }
        do {
            if let key = try vault.read() { return key }
            if databaseExists() {
                throw ApiError.KeyLost(reason: "the Keychain no longer holds the database key")
            }
            var key = Data(count: 32)
            let status = key.withUnsafeMutableBytes { SecRandomCopyBytes(kSecRandomDefault, 32, $0.baseAddress!) }
            guard status == errSecSuccess else {
                throw ApiError.KeyUnavailable(reason: "no random bytes (status \(status))")
            }
            try vault.add(key)
            return key
        } catch VaultError.locked {
            throw ApiError.KeyUnavailable(reason: "the Keychain is locked until the first unlock")
        } catch let VaultError.status(status) {
            throw ApiError.KeyUnavailable(reason: "Keychain status \(status)")
        }
    }
}
