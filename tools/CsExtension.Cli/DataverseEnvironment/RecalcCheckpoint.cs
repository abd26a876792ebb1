using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CsExtension.Cli.DataverseEnvironment
{
    /// <summary>The progress of a recalc --all on disk: the accounts done, and the accounts of the batch in flight with
    /// the csx_healthcalculatedon they had before it was sent. The second half is what makes a crash safe: after one,
    /// an in-flight account may or may not have been recalculated, and its stamp tells which.</summary>
    public sealed class RecalcCheckpoint
    {
        private static readonly JsonSerializerOptions Json = new() { WriteIndented = false, DefaultIgnoreCondition = JsonIgnoreCondition.Never };

        private readonly HashSet<Guid> _done;
        private readonly Dictionary<Guid, DateTimeOffset?> _inFlight;

        private RecalcCheckpoint(string path, string environment, IEnumerable<Guid> done, Dictionary<Guid, DateTimeOffset?> inFlight)
        {
            Path = path;
            Environment = environment;
            _done = new HashSet<Guid>(done);
            _inFlight = inFlight;
        }

        public string Path { get; }

        /// <summary>The environment the progress belongs to: done in one environment says nothing about another.</summary>
        public string Environment { get; }

        public IReadOnlyCollection<Guid> Done => _done;

        /// <summary>Accounts sent in the batch that was running when the file was last written, with their stamp before.</summary>
        public IReadOnlyDictionary<Guid, DateTimeOffset?> InFlight => _inFlight;

        public bool IsDone(Guid accountId) => _done.Contains(accountId);

        /// <summary>The checkpoint at the path, or a fresh one when there is none.</summary>
        /// <exception cref="InvalidDataException">The file is not a checkpoint, or belongs to another environment.</exception>
        public static RecalcCheckpoint Open(string path, EnvironmentUrl environment)
        {
            if (!File.Exists(path))
            {
                return new RecalcCheckpoint(path, environment.ToString(), Array.Empty<Guid>(), new Dictionary<Guid, DateTimeOffset?>());
            }

            Stored? stored;
            try
            {
                stored = JsonSerializer.Deserialize<Stored>(File.ReadAllText(path), Json);
            }
            catch (JsonException error)
            {
                throw new InvalidDataException($"'{path}' is not a recalc checkpoint ({error.Message}): delete it to start over, or pass another --state.", error);
            }

            if (stored?.Environment is null || stored.Done is null || stored.InFlight is null)
            {
                throw new InvalidDataException($"'{path}' is not a recalc checkpoint (no environment, done or inFlight): delete it to start over, or pass another --state.");
            }

            if (!string.Equals(stored.Environment, environment.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidDataException($"'{path}' records progress in {stored.Environment}, not {environment}: pass another --state for this environment.");
            }

            return new RecalcCheckpoint(path, stored.Environment, stored.Done, new Dictionary<Guid, DateTimeOffset?>(stored.InFlight));
        }

        /// <summary>Records the batch about to be sent, with each account's stamp before, then writes the file, so that
        /// a crash from here on leaves the evidence needed to tell which of its accounts were done.</summary>
        public void BeginBatch(IReadOnlyDictionary<Guid, DateTimeOffset?> stampsBefore)
        {
            foreach (var (id, stamp) in stampsBefore)
            {
                _inFlight[id] = stamp;
            }

            Save();
        }

        /// <summary>Records which accounts of the batch are done and writes the file. Accounts whose outcome could not be
        /// found out (the answer was lost and so was the check) stay in flight with their stamp before, for the next run
        /// to check rather than resend; the others of the batch simply stay to do.</summary>
        public void EndBatch(IEnumerable<Guid> batch, IEnumerable<Guid> done, IReadOnlySet<Guid> unresolved)
        {
            _done.UnionWith(done);
            foreach (var id in batch)
            {
                if (!unresolved.Contains(id))
                {
                    _inFlight.Remove(id);
                }
            }

            Save();
        }

        public void Delete()
        {
            File.Delete(Path);
        }

        /// <summary>Writes a temporary file and renames it over the checkpoint: a crash mid-write leaves the previous
        /// checkpoint whole instead of a truncated one that would lose every account recorded so far.</summary>
        public void Save()
        {
            var full = System.IO.Path.GetFullPath(Path);
            var folder = System.IO.Path.GetDirectoryName(full);
            if (folder is not null)
            {
                Directory.CreateDirectory(folder);
            }

            var temporary = full + ".tmp";
            var stored = new Stored
            {
                Environment = Environment,
                Done = _done.OrderBy(id => id).ToList(),
                InFlight = _inFlight,
            };
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                JsonSerializer.Serialize(stream, stored, Json);
                // On disk before the rename, so a power cut cannot leave the new name pointing at unwritten blocks.
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite: true);
        }

        private sealed class Stored
        {
            [JsonPropertyName("environment")]
            public string? Environment { get; set; }

            [JsonPropertyName("done")]
            public List<Guid>? Done { get; set; }

            [JsonPropertyName("inFlight")]
            public Dictionary<Guid, DateTimeOffset?>? InFlight { get; set; }
        }
    }
}
