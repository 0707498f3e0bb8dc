package org.factdiff.claims;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.factdiff.base.Cache;
import org.factdiff.text.Excerpt;

/**
 * An article's claims as bytes, for the cache: every field of every record, in declaration
 * order; sets sorted, so that the same claims always give the same bytes; maps in their own
 * order (a role's groups are in text order). Reading back gives equal records.
 */
final class ClaimCodec {
    private ClaimCodec() {
    }

    static void write(List<Claim> claims, DataOutput out) throws IOException {
        out.writeInt(claims.size());
        for (Claim c : claims) {
            text(out, c.id());
            text(out, c.article());
            excerpt(out, c.evidence());
            out.writeInt(c.sentence());
            out.writeInt(c.quantities().size());
            for (Quantity q : c.quantities()) {
                excerpt(out, q.evidence());
                out.writeDouble(q.value());
                out.writeDouble(q.upper());
                text(out, q.qualifier().name());
                text(out, q.thing());
                text(out, q.event());
                out.writeBoolean(q.earlier());
                out.writeBoolean(q.part());
                text(out, q.context());
            }
            texts(out, c.times());
            texts(out, c.actors());
            texts(out, c.places());
            out.writeInt(c.quotes().size());
            for (QuoteMention q : c.quotes()) {
                excerpt(out, q.evidence());
                text(out, q.speaker());
                out.writeBoolean(q.named());
                text(out, q.channel());
            }
            text(out, c.source());
            out.writeBoolean(c.negated());
            text(out, c.hedge());
            texts(out, new TreeSet<>(c.events()));
            texts(out, new TreeSet<>(c.content()));
            out.writeInt(c.roles().size());
            for (Role r : c.roles()) {
                text(out, r.relation().name());
                text(out, r.cue());
                excerpt(out, r.word());
                optionalExcerpt(out, r.agent());
                optionalExcerpt(out, r.patient());
                texts(out, new TreeSet<>(r.agentNames()));
                out.writeInt(r.groups().size());
                for (Map.Entry<String, String> g : r.groups().entrySet()) {
                    text(out, g.getKey());
                    text(out, g.getValue());
                }
                text(out, r.kind().name());
            }
            out.writeInt(c.titles().size());
            for (Title t : c.titles()) {
                excerpt(out, t.phrase());
                text(out, t.person());
                text(out, t.name());
                text(out, t.office());
            }
            out.writeBoolean(c.otherOccasion());
            out.writeBoolean(c.checkWorthy());
            out.writeBoolean(c.furniture());
        }
    }

    static List<Claim> read(DataInput in) throws IOException {
        int n = count(in);
        List<Claim> claims = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String id = text(in);
            String article = text(in);
            Excerpt evidence = excerpt(in);
            int sentence = in.readInt();
            int nq = count(in);
            List<Quantity> quantities = new ArrayList<>(nq);
            for (int k = 0; k < nq; k++) {
                quantities.add(new Quantity(excerpt(in), in.readDouble(), in.readDouble(),
                        Qualifier.valueOf(text(in)), text(in), text(in), in.readBoolean(), in.readBoolean(), text(in)));
            }
            List<String> times = texts(in);
            List<String> actors = texts(in);
            List<String> places = texts(in);
            int nquotes = count(in);
            List<QuoteMention> quotes = new ArrayList<>(nquotes);
            for (int k = 0; k < nquotes; k++) {
                quotes.add(new QuoteMention(excerpt(in), text(in), in.readBoolean(), text(in)));
            }
            String source = text(in);
            boolean negated = in.readBoolean();
            String hedge = text(in);
            Set<String> events = Set.copyOf(texts(in));
            Set<String> content = Set.copyOf(texts(in));
            int nroles = count(in);
            List<Role> roles = new ArrayList<>(nroles);
            for (int k = 0; k < nroles; k++) {
                Role.Relation relation = Role.Relation.valueOf(text(in));
                String cue = text(in);
                Excerpt word = excerpt(in);
                Optional<Excerpt> agent = optionalExcerpt(in);
                Optional<Excerpt> patient = optionalExcerpt(in);
                Set<String> agentNames = Set.copyOf(texts(in));
                int ngroups = count(in);
                Map<String, String> groups = new LinkedHashMap<>();
                for (int g = 0; g < ngroups; g++) {
                    groups.put(text(in), text(in));
                }
                roles.add(new Role(relation, cue, word, agent, patient, agentNames, groups, ActorKind.valueOf(text(in))));
            }
            int ntitles = count(in);
            List<Title> titles = new ArrayList<>(ntitles);
            for (int k = 0; k < ntitles; k++) {
                titles.add(new Title(excerpt(in), text(in), text(in), text(in)));
            }
            claims.add(new Claim(id, article, evidence, sentence, quantities, times, actors, places, quotes, source,
                    negated, hedge, events, content, roles, titles, in.readBoolean(), in.readBoolean(), in.readBoolean()));
        }
        return List.copyOf(claims);
    }

    private static void text(DataOutput out, String s) throws IOException {
        Cache.writeText(out, s);
    }

    private static String text(DataInput in) throws IOException {
        return Cache.readText(in);
    }

    private static void texts(DataOutput out, Collection<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            text(out, s);
        }
    }

    private static List<String> texts(DataInput in) throws IOException {
        int n = count(in);
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(text(in));
        }
        return out;
    }

    private static void excerpt(DataOutput out, Excerpt e) throws IOException {
        text(out, e.article());
        out.writeInt(e.start());
        out.writeInt(e.end());
        text(out, e.text());
    }

    private static Excerpt excerpt(DataInput in) throws IOException {
        return new Excerpt(text(in), in.readInt(), in.readInt(), text(in));
    }

    private static void optionalExcerpt(DataOutput out, Optional<Excerpt> e) throws IOException {
        out.writeBoolean(e.isPresent());
        if (e.isPresent()) {
            excerpt(out, e.get());
        }
    }

    private static Optional<Excerpt> optionalExcerpt(DataInput in) throws IOException {
        return in.readBoolean() ? Optional.of(excerpt(in)) : Optional.empty();
    }

    /** A list's size; a negative one is damage. */
    private static int count(DataInput in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            throw new IOException("negative count " + n);
        }
        return n;
    }
}
