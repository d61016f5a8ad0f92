package org.glimpse.workbench.internal.prefs;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.SwingWorker;
import org.osgi.service.cm.Configuration;
import org.osgi.service.metatype.ObjectClassDefinition;

/**
 * The "Glimpse" preferences page: the switch that turns progressive loading on or off, and the site
 * configurations (add, edit, remove) in a form rendered from the Metatype of the {@code glimpse.site}
 * factory. A value the Metatype or the retrieve service rejects is shown beside its field and the
 * previous configuration stays.
 */
public final class PreferencesPanel extends JPanel {

    private final SiteConfigurations sites;
    private final MetatypeForm form;
    private final DefaultListModel<String> names = new DefaultListModel<>();
    private final JList<String> list = new JList<>(names);
    private final JTextField newName = new JTextField(12);
    private final JLabel status = new JLabel(" ");

    public PreferencesPanel(PreferencesContext context, boolean progressive, Consumer<Boolean> setProgressive) {
        super(new BorderLayout(8, 8));
        setName("preferences");
        this.sites = new SiteConfigurations(context.admin(), context.retrieve());
        ObjectClassDefinition ocd = context.siteDefinition();
        this.form = new MetatypeForm(ocd);
        JCheckBox enable = new JCheckBox("Enable progressive loading", progressive);
        enable.setName("progressive");
        enable.addActionListener(e -> setProgressive.accept(enable.isSelected()));
        add(enable, BorderLayout.NORTH);
        add(siteList(), BorderLayout.WEST);
        JPanel editor = new JPanel(new BorderLayout());
        editor.setBorder(BorderFactory.createTitledBorder(ocd.getName()));
        editor.add(form, BorderLayout.NORTH);
        JButton save = new JButton("Save site");
        save.setName("save-site");
        save.addActionListener(e -> save());
        JPanel south = new JPanel(new FlowLayout(FlowLayout.LEFT));
        south.add(save);
        status.setName("site-status");
        south.add(status);
        editor.add(south, BorderLayout.SOUTH);
        add(editor, BorderLayout.CENTER);
        list.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) {
                showSelected();
            }
        });
        reload(null);
    }

    private JPanel siteList() {
        JPanel p = new JPanel(new BorderLayout());
        p.setBorder(BorderFactory.createTitledBorder("Sites"));
        list.setName("sites");
        p.add(new JScrollPane(list), BorderLayout.CENTER);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEFT));
        newName.setName("new-site-name");
        JButton add = new JButton("Add");
        add.setName("add-site");
        add.addActionListener(e -> addSite());
        JButton remove = new JButton("Remove");
        remove.setName("remove-site");
        remove.addActionListener(e -> removeSite());
        buttons.add(newName);
        buttons.add(add);
        buttons.add(remove);
        p.add(buttons, BorderLayout.SOUTH);
        return p;
    }

    private void addSite() {
        String name = newName.getText().trim();
        if (!name.matches("[A-Za-z0-9._-]+")) {
            status.setText("a site name is letters, digits, '.', '_' or '-', was '" + name + "'");
            return;
        }
        if (!names.contains(name)) {
            names.addElement(name);
        }
        list.setSelectedValue(name, true);
        form.load(null);
        status.setText("new site '" + name + "': fill in the URL prefix and save");
    }

    private void removeSite() {
        String name = list.getSelectedValue();
        if (name == null) {
            return;
        }
        try {
            sites.delete(SiteConfigurations.FACTORY_PID + "~" + name);
            status.setText("removed site '" + name + "'");
            reload(null);
        } catch (IOException e) {
            status.setText("cannot remove site '" + name + "': " + e.getMessage());
        }
    }

    private void save() {
        String name = list.getSelectedValue();
        if (name == null) {
            status.setText("select or add a site first");
            return;
        }
        Map<String, Object> values;
        try {
            values = form.values();
        } catch (IllegalArgumentException e) {
            status.setText("not saved: " + e.getMessage());
            return;
        }
        status.setText("saving '" + name + "' …");
        new SwingWorker<Optional<String>, Void>() {
            @Override
            protected Optional<String> doInBackground() throws Exception {
                return sites.save(name, values);
            }

            @Override
            protected void done() {
                try {
                    Optional<String> rejection = get();
                    if (rejection.isPresent()) {
                        reload(name);
                        form.showRejection(rejection.get());
                        status.setText("rejected; the previous settings stay");
                    } else {
                        status.setText("saved '" + name + "'");
                        reload(name);
                    }
                } catch (Exception e) {
                    status.setText("not saved: " + e.getMessage());
                }
            }
        }.execute();
    }

    /** Lists the sites again and selects {@code select} (or the first). */
    private void reload(String select) {
        try {
            List<String> current = SiteConfigurations.names(sites.list());
            names.clear();
            current.forEach(names::addElement);
            if (select != null && !names.contains(select)) {
                names.addElement(select);
            }
            list.setSelectedValue(select != null ? select : names.isEmpty() ? null : names.get(0), true);
            showSelected();
        } catch (IOException e) {
            status.setText("cannot read the site configurations: " + e.getMessage());
        }
    }

    private void showSelected() {
        String name = list.getSelectedValue();
        if (name == null) {
            return;
        }
        try {
            for (Configuration c : sites.list()) {
                if (SiteConfigurations.name(c).equals(name)) {
                    form.load(c.getProperties());
                    return;
                }
            }
            form.load(null);
        } catch (IOException e) {
            status.setText("cannot read site '" + name + "': " + e.getMessage());
        }
    }
}
