package com.example.approvals;

import java.util.List;
import java.util.Map;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.TaskService;
import org.flowable.engine.history.HistoricActivityInstance;
import org.flowable.task.api.Task;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/approvals")
public class ApprovalController {
    private final TaskService tasks;
    private final HistoryService history;
    private final RepositoryService repository;

    public ApprovalController(TaskService tasks, HistoryService history, RepositoryService repository) {
        this.tasks = tasks;
        this.history = history;
        this.repository = repository;
    }

    // ids the engine looks its own records up by
    @GetMapping("/task")
    public String assignee(@RequestParam String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        return task == null ? null : task.getAssignee();
    }

    @GetMapping("/trail")
    public List<HistoricActivityInstance> trail(@RequestParam String instance) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(instance).orderByHistoricActivityInstanceStartTime().asc().list();
    }

    @PostMapping("/undeploy")
    public void undeploy(@RequestParam String deployment) {
        repository.deleteDeployment(deployment, true);
    }

    // the decision becomes a process variable as sent
    @PostMapping("/decide")
    public void decide(@RequestParam String decision) { // expect: validation/unvalidated-input
        tasks.complete("current", Map.of("decision", decision));
    }
}
