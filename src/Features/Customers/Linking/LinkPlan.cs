namespace Portal.Features.Customers.Linking;

/// <summary>
/// Assigns records to people in memory, for one dealership's working set: the changed records, the records sharing
/// a blocking key with them, and every member of those records' people. New people get negative temporary ids.
/// </summary>
public sealed class LinkPlan
{
    private readonly Dictionary<long, LinkRecord> _records;
    private readonly LinkDecisions _decisions;
    private readonly Dictionary<long, long> _personOf;
    private readonly Dictionary<long, HashSet<long>> _members;
    private long _nextTemporaryId = -1;

    public LinkPlan(IEnumerable<LinkRecord> records, LinkDecisions decisions)
    {
        _records = records.ToDictionary(r => r.Id);
        _decisions = decisions;
        _personOf = _records.Values.ToDictionary(r => r.Id, r => r.PersonId);
        _members = _records.Values.GroupBy(r => r.PersonId).ToDictionary(g => g.Key, g => g.Select(r => r.Id).ToHashSet());
    }

    /// <summary>People that gained or lost records (their summaries and members' link details need refreshing).</summary>
    public HashSet<long> Affected { get; } = [];

    public long PersonOf(long recordId) => _personOf[recordId];

    public IReadOnlyCollection<long> MembersOf(long personId) => _members.TryGetValue(personId, out var m) ? m : [];

    public LinkRecord Record(long id) => _records[id];

    /// <summary>Links a changed record to the person its best evidence points at, joining people it proves equal.</summary>
    public void Place(long recordId, IEnumerable<long> candidateIds)
    {
        var record = _records[recordId];
        var best = new Dictionary<long, LinkEvidence>();
        // Its current mates count as candidates too: a manager's "together" holds even once no key is shared.
        var mates = _members[_personOf[recordId]].ToList();
        foreach (var candidate in candidateIds.Concat(mates).Distinct().Where(id => id != recordId).Select(id => _records[id]))
        {
            var evidence = _decisions.Evidence(record, candidate);
            var person = _personOf[candidate.Id];
            if (evidence.IsLink && (!best.TryGetValue(person, out var known) || known.Points < evidence.Points))
            {
                best[person] = evidence;
            }
        }
        var options = best.Where(kv => Compatible([recordId], _members[kv.Key]))
            .OrderByDescending(kv => kv.Value.Points).ThenByDescending(kv => _members[kv.Key].Count).ThenBy(kv => kv.Key).ToList();
        var current = _personOf[recordId];
        Affected.Add(current); // its content changed, so its link details are refreshed even where it stays
        if (options.Count == 0)
        {
            if (_members[current].Count > 1)
            {
                Move(recordId, NewPerson());
            }
            return;
        }
        var target = options[0].Key;
        if (target != current)
        {
            Move(recordId, target);
        }
        // Other people proven equal join too; so does a lone record weakly matching this one, as it would have had it
        // changed after this one (linking must not depend on which record the vendors happened to send first).
        foreach (var (other, evidence) in options.Skip(1))
        {
            if (_members.TryGetValue(other, out var members) && other != target && (evidence.IsAuto || members.Count == 1)
                && Compatible(members, _members[target]))
            {
                MergeInto(other, target);
            }
        }
    }

    /// <summary>Splits each affected person into its connected parts (a record that left may have been the only link
    /// between the others) and returns every affected record's link to its person.</summary>
    public IReadOnlyDictionary<long, LinkEvidence?> Finish()
    {
        var links = new Dictionary<long, LinkEvidence?>();
        foreach (var person in Affected.Where(_members.ContainsKey).ToList())
        {
            var parts = Components(_members[person]);
            foreach (var part in parts.Skip(1))
            {
                var newPerson = NewPerson();
                foreach (var id in part)
                {
                    Move(id, newPerson);
                }
            }
            foreach (var part in parts)
            {
                foreach (var id in part)
                {
                    links[id] = BestLink(id, part);
                }
            }
        }
        return links;
    }

    public bool WasSplit(long recordId) => _decisions.WasSplit(_records[recordId]);

    private LinkEvidence? BestLink(long id, IReadOnlyCollection<long> part) =>
        part.Where(other => other != id).Select(other => _decisions.Evidence(_records[id], _records[other]))
            .Where(e => e.IsLink).MaxBy(e => e.Points);

    private List<List<long>> Components(HashSet<long> members)
    {
        var left = members.OrderBy(id => id).ToList();
        var parts = new List<List<long>>();
        while (left.Count > 0)
        {
            var part = new List<long> { left[0] };
            left.RemoveAt(0);
            for (var i = 0; i < part.Count; i++)
            {
                var joined = left.Where(id => _decisions.Evidence(_records[part[i]], _records[id]).IsLink).ToList();
                part.AddRange(joined);
                left.RemoveAll(joined.Contains);
            }
            parts.Add(part);
        }
        return parts.OrderByDescending(p => p.Count).ToList();
    }

    /// <summary>False when a manager split any pair across the two groups, or any pair decisively contradicts itself
    /// (different birth dates or licences) without evidence strong enough to outweigh it.</summary>
    private bool Compatible(IEnumerable<long> a, IReadOnlyCollection<long> b) => !a.Any(x => b.Any(y =>
    {
        var (rx, ry) = (_records[x], _records[y]);
        if (_decisions.Apart(rx, ry))
        {
            return true;
        }
        var evidence = _decisions.Evidence(rx, ry);
        return !evidence.IsAuto && evidence.Rules.Any(LinkRules.Decisive.Contains);
    }));

    private long NewPerson()
    {
        var id = _nextTemporaryId--;
        _members[id] = [];
        return id;
    }

    private void Move(long recordId, long person)
    {
        var from = _personOf[recordId];
        _members[from].Remove(recordId);
        _members[person].Add(recordId);
        _personOf[recordId] = person;
        Affected.Add(from);
        Affected.Add(person);
    }

    private void MergeInto(long from, long into)
    {
        foreach (var id in _members[from].ToList())
        {
            Move(id, into);
        }
    }
}
