package com.example.ledger;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

@Service
public class EntryService {
    private final EntryRepository entries;
    private final SavedViewRepository views;

    public EntryService(EntryRepository entries, SavedViewRepository views) {
        this.entries = entries;
        this.views = views;
    }

    public List<Entry> search(UUID ownerId, EntryFilter filter) {
        var spec = EntrySpecs.ownedMatching(ownerId, filter.from(), filter.to(), filter.kind(), filter.text());
        return entries.findAll(spec).stream().sorted(Comparator.comparing(Entry::getBookedOn).reversed()).toList();
    }

    // the filter's kind becomes the title of a stored view as it came
    public SavedView saveFilter(UUID ownerId, EntryFilter filter) {
        SavedView view = new SavedView();
        view.setOwnerId(ownerId);
        view.setTitle(filter.kind());
        return views.save(view);
    }

    public SavedView saveView(UUID ownerId, String title) {
        SavedView view = new SavedView();
        view.setOwnerId(ownerId);
        view.setTitle(title);
        return views.save(view);
    }
}
