package dev.suture.platform.storage;

import dev.suture.platform.access.AccessService;
import dev.suture.platform.access.Caller;
import dev.suture.platform.access.ProjectAccess;
import dev.suture.platform.access.ProjectPermission;
import dev.suture.platform.audit.AuditTrail;
import dev.suture.platform.common.PageResponse;
import dev.suture.platform.common.ProblemException;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** Uploads, lookups, downloads and deletes of a project's files; every call checks project membership. */
@Singleton
public class StorageService {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final int SNIFF_BYTES = 512;

    private final StorageFileRepository files;
    private final ArtifactStore store;
    private final StorageConfig config;
    private final AccessService access;
    private final AuditTrail audit;
    private final UrlSigner signer;

    StorageService(StorageFileRepository files, ArtifactStore store, StorageConfig config, AccessService access,
                   AuditTrail audit, UrlSigner signer) {
        this.files = files;
        this.store = store;
        this.config = config;
        this.access = access;
        this.audit = audit;
        this.signer = signer;
    }

    /** What a client sees of a stored file. */
    public record Stored(UUID id, UUID projectId, String sha256, long size, String contentType, String name,
                         Instant createdAt) {
        static Stored of(StorageFile f) {
            return new Stored(f.id(), f.projectId(), f.sha256(), f.sizeBytes(), f.contentType(), f.name(),
                    f.createdAt());
        }
    }

    /**
     * Stores one uploaded file for a project. The content is hashed while it is copied to a temporary file; an
     * upload of content the project already has answers the existing file.
     */
    @Transactional
    public Stored upload(Caller caller, UUID projectId, InputStream content, String fileName,
                         String declaredSha256) {
        ProjectAccess a = access.requireProject(caller, projectId, ProjectPermission.INGEST);
        return save(projectId, content, fileName, declaredSha256, caller.userId(), (id, name, sha, size) ->
                audit.record(caller, a.project().organizationId(), "storage.upload", "storage_file", id, null,
                        Map.of("projectId", projectId.toString(), "name", name, "sha256", sha, "size", size)));
    }

    /**
     * Stores a file the platform produced itself for a project (a screenshot or trace of a test its worker ran), with
     * the same hashing, sniffing and de-duplication as an upload. There is no caller to check or audit: the execution
     * that produced it is audited.
     */
    @Transactional
    public Stored storeProduced(UUID projectId, Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return save(projectId, in, file.getFileName().toString(), null, null, (id, name, sha, size) -> { });
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
    }

    /** Called once when a stored file is new to its project. */
    private interface NewFile {
        void stored(UUID id, String name, String sha256, long size);
    }

    private Stored save(UUID projectId, InputStream content, String fileName, String declaredSha256,
                        UUID uploader, NewFile onNew) {
        if (declaredSha256 != null && !declaredSha256.isBlank()
                && !SHA256.matcher(declaredSha256.toLowerCase(Locale.ROOT)).matches()) {
            throw ProblemException.invalidField("sha256", "must be 64 hex digits");
        }
        String name = safeName(fileName);
        Path temp = null;
        try {
            temp = Files.createTempFile("suture-upload-", ".bin");
            MessageDigest digest = sha256();
            byte[] head = new byte[SNIFF_BYTES];
            int headLength = 0;
            long size = 0;
            try (InputStream in = new DigestInputStream(content, digest); OutputStream out = Files.newOutputStream(temp)) {
                byte[] buffer = new byte[64 * 1024];
                int n;
                while ((n = in.read(buffer)) > 0) {
                    if (headLength < SNIFF_BYTES) {
                        int take = Math.min(n, SNIFF_BYTES - headLength);
                        System.arraycopy(buffer, 0, head, headLength, take);
                        headLength += take;
                    }
                    size += n;
                    if (size > config.maxFileSize()) {
                        throw new ProblemException(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "payload-too-large",
                                "The file '" + name + "' is larger than the maximum of " + config.maxFileSize()
                                        + " bytes (suture.storage.max-file-size)");
                    }
                    out.write(buffer, 0, n);
                }
            }
            if (size == 0) {
                throw ProblemException.invalidField("file", "is empty");
            }
            String sha = HexFormat.of().formatHex(digest.digest());
            if (declaredSha256 != null && !declaredSha256.isBlank() && !sha.equalsIgnoreCase(declaredSha256)) {
                throw ProblemException.invalidField("sha256", "does not match the uploaded content (its SHA-256 is "
                        + sha + "); the upload was damaged or the hash is wrong");
            }
            String type = ContentTypes.sniff(head, headLength, name).orElseThrow(() -> new ProblemException(
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "The file '" + name
                    + "' is not an accepted type; accepted: " + ContentTypes.ALLOWED));
            Optional<StorageFile> existing = files.findByHash(projectId, sha);
            if (existing.isPresent()) {
                return Stored.of(existing.get());
            }
            store.put(sha, temp, type);
            UUID id = UUID.randomUUID();
            files.insertIfAbsent(id, projectId, sha, size, type, name, uploader, Instant.now());
            StorageFile row = files.findByHash(projectId, sha).orElseThrow();
            if (row.id().equals(id)) {
                onNew.stored(id, name, sha, size);
            }
            return Stored.of(row);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store the upload '" + name + "' in " + store.describe(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a leftover temp file is harmless
                }
            }
        }
    }

    @Transactional(readOnly = true)
    public Optional<Stored> findByHash(Caller caller, UUID projectId, String sha256) {
        access.requireProject(caller, projectId, ProjectPermission.READ);
        return files.findByHash(projectId, sha256.toLowerCase(Locale.ROOT)).map(Stored::of);
    }

    @Transactional(readOnly = true)
    public Stored get(Caller caller, UUID id) {
        return Stored.of(readable(caller, id));
    }

    @Transactional(readOnly = true)
    public PageResponse<Stored> list(Caller caller, UUID projectId, int page, int size) {
        access.requireProject(caller, projectId, ProjectPermission.READ);
        PageResponse.checkedPage(page);
        PageResponse.checkedSize(size);
        return new PageResponse<>(files.findPage(projectId, size, (long) page * size).stream().map(Stored::of).toList(),
                page, size, files.countByProject(projectId));
    }

    /** Opens a file's content for a caller who may read its project. */
    @Transactional(readOnly = true)
    public Download download(Caller caller, UUID id) {
        return open(readable(caller, id));
    }

    /** Opens a file's content for a pre-signed URL, without credentials: the signature is the permission. */
    @Transactional // not read-only: the first signature of a fresh database stores the signing key
    public Download downloadSigned(UUID id, long expires, String signature) {
        if (!signer.verify(id, expires, signature, Instant.now())) {
            throw ProblemException.forbidden("This link is invalid or has expired; ask for a new pre-signed URL");
        }
        return open(files.findById(id).orElseThrow(() -> ProblemException.notFound("File " + id)));
    }

    /**
     * A download URL that works without credentials until it expires: the store's own (S3's presigner) when it has
     * one, else this server's {@code /api/storage/signed/...} with an HMAC over file id and expiry.
     */
    @Transactional // not read-only: the first signature of a fresh database stores the signing key
    public Presigned presign(Caller caller, UUID id, Duration ttl, String baseUrl) {
        StorageFile f = readable(caller, id);
        Duration lifetime = ttl == null ? config.presignTtl() : ttl;
        if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(config.presignMaxTtl()) > 0) {
            throw ProblemException.invalidField("expiresInSeconds", "must be between 1 and "
                    + config.presignMaxTtl().toSeconds());
        }
        Instant expires = Instant.ofEpochSecond(Instant.now().plus(lifetime).getEpochSecond());
        Optional<java.net.URI> direct = store.presignedUrl(f.sha256(), lifetime, f.contentType(), f.name());
        if (direct.isPresent()) {
            return new Presigned(direct.get().toString(), expires);
        }
        String url = baseUrl + "/api/storage/signed/" + f.id() + "?expires=" + expires.getEpochSecond()
                + "&signature=" + signer.sign(f.id(), expires);
        return new Presigned(url, expires);
    }

    public record Presigned(String url, Instant expiresAt) {
    }

    @Transactional
    public void delete(Caller caller, UUID id) {
        StorageFile f = files.findById(id).orElseThrow(() -> ProblemException.notFound("File " + id));
        ProjectAccess a = access.requireProject(caller, f.projectId(), ProjectPermission.WRITE_TESTS);
        files.delete(f);
        audit.record(caller, a.project().organizationId(), "storage.delete", "storage_file", id,
                Map.of("name", f.name(), "sha256", f.sha256()), null);
        if (files.countBySha(f.sha256()) == 0) {
            try {
                store.delete(f.sha256());
            } catch (IOException e) {
                throw new UncheckedIOException("Could not delete blob " + f.sha256() + " from " + store.describe(), e);
            }
        }
    }

    /** An open file: the caller streams and closes {@code content}. */
    public record Download(StorageFile file, InputStream content) {
    }

    private StorageFile readable(Caller caller, UUID id) {
        StorageFile f = files.findById(id).orElseThrow(() -> ProblemException.notFound("File " + id));
        access.requireProject(caller, f.projectId(), ProjectPermission.READ);
        return f;
    }

    private Download open(StorageFile f) {
        try {
            return new Download(f, store.open(f.sha256()));
        } catch (IOException e) {
            throw new UncheckedIOException("The content of file " + f.id() + " is missing from " + store.describe(), e);
        }
    }

    /** Keeps only the last path segment and printable characters: a name is a label, never a path. */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1).replaceAll("[\\p{Cntrl}\"]", "").trim();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "file";
        }
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
